"""The methods of the `reviewer` package's dataclasses, compiled ahead: written by
`dataclass_code.main()` (dataclass_code.py says why); do not edit. Each text
below is what `dataclasses` writes for one method, as it writes it (its indentation, no
`from __future__ import annotations`), kept under that text."""

# fmt: off
PYTHON = (3, 11)
CODE = {}

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.aligned,self.alignment,self.orphans,)==(other.aligned,other.alignment,other.orphans,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.aligned,self.alignment,self.orphans,)==(other.aligned,other.alignment,other.orphans,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.alignment,self.cursor,)==(other.alignment,other.cursor,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.alignment,self.cursor,)==(other.alignment,other.cursor,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.alignment,self.orphans,)==(other.alignment,other.orphans,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.alignment,self.orphans,)==(other.alignment,other.orphans,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.anchor,self.kind,)==(other.anchor,other.kind,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.anchor,self.kind,)==(other.anchor,other.kind,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.anchor,self.lang,self.check,self.reviewer,self.updated,)==(other.anchor,other.lang,other.check,other.reviewer,other.updated,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.anchor,self.lang,self.check,self.reviewer,self.updated,)==(other.anchor,other.lang,other.check,other.reviewer,other.updated,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.anchor,self.status,self.reviewer,self.updated,self.text,self.errors,)==(other.anchor,other.status,other.reviewer,other.updated,other.text,other.errors,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.anchor,self.status,self.reviewer,self.updated,self.text,self.errors,)==(other.anchor,other.status,other.reviewer,other.updated,other.text,other.errors,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.anchor,self.text,self.statuses,self.errors,self.row,)==(other.anchor,other.text,other.statuses,other.errors,other.row,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.anchor,self.text,self.statuses,self.errors,self.row,)==(other.anchor,other.text,other.statuses,other.errors,other.row,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cells,)==(other.cells,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,)==(other.cells,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.cells,self.state,self.reviewer,self.updated,self.text,)==(other.cells,other.state,other.reviewer,other.updated,other.text,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.cells,self.state,self.reviewer,self.updated,self.text,)==(other.cells,other.state,other.reviewer,other.updated,other.text,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.check,self.lang,self.severity,self.message,self.spans,)==(other.check,other.lang,other.severity,other.message,other.spans,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.check,self.lang,self.severity,self.message,self.spans,)==(other.check,other.lang,other.severity,other.message,other.spans,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.documents,self.segments,self.groups,self.problems,self.timings,self.jobs,self.cluster,self.align_options,self.second_versions,self._aligned,self._rows,self._locks,self._lexicons,self._errors,self._firsts,self._numbers_read,)==(other.documents,other.segments,other.groups,other.problems,other.timings,other.jobs,other.cluster,other.align_options,other.second_versions,other._aligned,other._rows,other._locks,other._lexicons,other._errors,other._firsts,other._numbers_read,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.documents,self.segments,self.groups,self.problems,self.timings,self.jobs,self.cluster,self.align_options,self.second_versions,self._aligned,self._rows,self._locks,self._lexicons,self._errors,self._firsts,self._numbers_read,)==(other.documents,other.segments,other.groups,other.problems,other.timings,other.jobs,other.cluster,other.align_options,other.second_versions,other._aligned,other._rows,other._locks,other._lexicons,other._errors,other._firsts,other._numbers_read,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.doubtful_confidence,self.reach,self.band,self.skip,self.margin,self.prior,self.length,self.witness,self.far_at,self.far_cost,self.local,self.joined_mean,self.model_upto,self.settle,self.lone_margin,)==(other.doubtful_confidence,other.reach,other.band,other.skip,other.margin,other.prior,other.length,other.witness,other.far_at,other.far_cost,other.local,other.joined_mean,other.model_upto,other.settle,other.lone_margin,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.doubtful_confidence,self.reach,self.band,self.skip,self.margin,self.prior,self.length,self.witness,self.far_at,self.far_cost,self.local,self.joined_mean,self.model_upto,self.settle,self.lone_margin,)==(other.doubtful_confidence,other.reach,other.band,other.skip,other.margin,other.prior,other.length,other.witness,other.far_at,other.far_cost,other.local,other.joined_mean,other.model_upto,other.settle,other.lone_margin,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.features,self.paragraphs,self.source_urls,self.boundaries,self.sentences,self.chars,self.marks,self.sentence_ends,self.questions,self.quotes,self.katakana,)==(other.features,other.paragraphs,other.source_urls,other.boundaries,other.sentences,other.chars,other.marks,other.sentence_ends,other.questions,other.quotes,other.katakana,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.features,self.paragraphs,self.source_urls,self.boundaries,self.sentences,self.chars,self.marks,self.sentence_ends,self.questions,self.quotes,self.katakana,)==(other.features,other.paragraphs,other.source_urls,other.boundaries,other.sentences,other.chars,other.marks,other.sentence_ends,other.questions,other.quotes,other.katakana,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.raters,self.disagreements,self.kappa,self.shared,)==(other.file,other.raters,other.disagreements,other.kappa,other.shared,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.raters,self.disagreements,self.kappa,self.shared,)==(other.file,other.raters,other.disagreements,other.kappa,other.shared,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.file,self.raw,self.set_aside,self.problem,)==(other.file,other.raw,other.set_aside,other.problem,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.file,self.raw,self.set_aside,self.problem,)==(other.file,other.raw,other.set_aside,other.problem,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.files,self.problems,)==(other.files,other.problems,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.files,self.problems,)==(other.files,other.problems,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.folder,self.held,)==(other.folder,other.held,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.folder,self.held,)==(other.folder,other.held,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.format,self.text,self.cues,self.warnings,self.notes,)==(other.format,other.text,other.cues,other.warnings,other.notes,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.format,self.text,self.cues,self.warnings,self.notes,)==(other.format,other.text,other.cues,other.warnings,other.notes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.group,self.documents,self.segments,self.rows,self.findings,self.error,)==(other.group,other.documents,other.segments,other.rows,other.findings,other.error,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.group,self.documents,self.segments,self.rows,self.findings,self.error,)==(other.group,other.documents,other.segments,other.rows,other.findings,other.error,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.group,self.languages,self.rows,self.reviewed,self.findings,self.left,self.doubtful,self.doubtful_left,)==(other.group,other.languages,other.rows,other.reviewed,other.findings,other.left,other.doubtful,other.doubtful_left,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.group,self.languages,self.rows,self.reviewed,self.findings,self.left,self.doubtful,self.doubtful_left,)==(other.group,other.languages,other.rows,other.reviewed,other.findings,other.left,other.doubtful,other.doubtful_left,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.group,self.pivot,self.documents,self.annotations,self.boilerplate,self.alignment,self.dismissed,)==(other.group,other.pivot,other.documents,other.annotations,other.boilerplate,other.alignment,other.dismissed,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.group,self.pivot,self.documents,self.annotations,self.boilerplate,self.alignment,self.dismissed,)==(other.group,other.pivot,other.documents,other.annotations,other.boilerplate,other.alignment,other.dismissed,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.group,self.pivot,self.row,self.anchor,self.languages,self.texts,self.annotation,self.findings,self.boilerplate,)==(other.group,other.pivot,other.row,other.anchor,other.languages,other.texts,other.annotation,other.findings,other.boilerplate,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.group,self.pivot,self.row,self.anchor,self.languages,self.texts,self.annotation,self.findings,self.boilerplate,)==(other.group,other.pivot,other.row,other.anchor,other.languages,other.texts,other.annotation,other.findings,other.boilerplate,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.id,self.pivot,self.members,)==(other.id,other.pivot,other.members,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.id,self.pivot,self.members,)==(other.id,other.pivot,other.members,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.keys,self.overrides,)==(other.keys,other.overrides,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.keys,self.overrides,)==(other.keys,other.overrides,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.seen,self.start,self.end,)==(other.kind,other.seen,other.start,other.end,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.seen,self.start,self.end,)==(other.kind,other.seen,other.start,other.end,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.kind,self.source,self.flags,self.comment,self.langs,self.max_words,self.needs,)==(other.kind,other.source,other.flags,other.comment,other.langs,other.max_words,other.needs,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.kind,self.source,self.flags,self.comment,self.langs,self.max_words,self.needs,)==(other.kind,other.source,other.flags,other.comment,other.langs,other.max_words,other.needs,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lang,self.category,self.severity,self.note,self.span,self.reviewer,)==(other.lang,other.category,other.severity,other.note,other.span,other.reviewer,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lang,self.category,self.severity,self.note,self.span,self.reviewer,)==(other.lang,other.category,other.severity,other.note,other.span,other.reviewer,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.lengths,self.keys,self.words,self.tokens,self.base_keys,self.kinds,self.paragraphs,self.script,self.unmatched,self.learnt,self.texts,self.merge_cost,self.joins,self.paired_paragraph,self.skip_adjust,self.insert_share,self.lacks_kept,self.continues,self.alone_credit,)==(other.lengths,other.keys,other.words,other.tokens,other.base_keys,other.kinds,other.paragraphs,other.script,other.unmatched,other.learnt,other.texts,other.merge_cost,other.joins,other.paired_paragraph,other.skip_adjust,other.insert_share,other.lacks_kept,other.continues,other.alone_credit,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.lengths,self.keys,self.words,self.tokens,self.base_keys,self.kinds,self.paragraphs,self.script,self.unmatched,self.learnt,self.texts,self.merge_cost,self.joins,self.paired_paragraph,self.skip_adjust,self.insert_share,self.lacks_kept,self.continues,self.alone_credit,)==(other.lengths,other.keys,other.words,other.tokens,other.base_keys,other.kinds,other.paragraphs,other.script,other.unmatched,other.learnt,other.texts,other.merge_cost,other.joins,other.paired_paragraph,other.skip_adjust,other.insert_share,other.lacks_kept,other.continues,other.alone_credit,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.message,)==(other.message,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.message,)==(other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ordinal,self.label,self.line,self.start,self.end,self.span,)==(other.ordinal,other.label,other.line,other.start,other.end,other.span,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ordinal,self.label,self.line,self.start,self.end,self.span,)==(other.ordinal,other.label,other.line,other.start,other.end,other.span,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.ordinal,self.paragraph,self.start,self.end,self.text,self.boilerplate,)==(other.ordinal,other.paragraph,other.start,other.end,other.text,other.boilerplate,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.ordinal,self.paragraph,self.start,self.end,self.text,self.boilerplate,)==(other.ordinal,other.paragraph,other.start,other.end,other.text,other.boilerplate,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.pairs,self.src_mass,self.tgt_mass,)==(other.pairs,other.src_mass,other.tgt_mass,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.pairs,self.src_mass,self.tgt_mass,)==(other.pairs,other.src_mass,other.tgt_mass,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.message,)==(other.path,other.message,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.message,)==(other.path,other.message,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.sha256,)==(other.path,other.sha256,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.sha256,)==(other.path,other.sha256,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.source,self.text,self.encoding,self.sha256,self.lang_hint,self.warnings,self.notes,self.subtitles,)==(other.path,other.source,other.text,other.encoding,other.sha256,other.lang_hint,other.warnings,other.notes,other.subtitles,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.source,self.text,self.encoding,self.sha256,self.lang_hint,self.warnings,self.notes,self.subtitles,)==(other.path,other.source,other.text,other.encoding,other.sha256,other.lang_hint,other.warnings,other.notes,other.subtitles,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.path,self.source,self.text,self.lang,self.sha256,self.encoding,self.lang_confidence,self.warnings,)==(other.path,other.source,other.text,other.lang,other.sha256,other.encoding,other.lang_confidence,other.warnings,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.path,self.source,self.text,self.lang,self.sha256,self.encoding,self.lang_confidence,self.warnings,)==(other.path,other.source,other.text,other.lang,other.sha256,other.encoding,other.lang_confidence,other.warnings,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.prior,self.threshold,self.before_length,self.after_length,self.before,self.after,self.words,self.longest,self.quote,)==(other.prior,other.threshold,other.before_length,other.after_length,other.before,other.after,other.words,other.longest,other.quote,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.prior,self.threshold,self.before_length,self.after_length,self.before,self.after,self.words,self.longest,self.quote,)==(other.prior,other.threshold,other.before_length,other.after_length,other.before,other.after,other.words,other.longest,other.quote,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rel,self.source,self.root,self.real_root,self.encoding,self.max_bytes,)==(other.rel,other.source,other.root,other.real_root,other.encoding,other.max_bytes,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rel,self.source,self.root,self.real_root,self.encoding,self.max_bytes,)==(other.rel,other.source,other.root,other.real_root,other.encoding,other.max_bytes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rows,self.fixes,)==(other.rows,other.fixes,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rows,self.fixes,)==(other.rows,other.fixes,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rows,self.how,self.orphans,)==(other.rows,other.how,other.orphans,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rows,self.how,self.orphans,)==(other.rows,other.how,other.orphans,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.rows,self.overrides,self.orphans,self.aligned,self.alignment,self.alignment_orphans,self.dismissed,)==(other.rows,other.overrides,other.orphans,other.aligned,other.alignment,other.alignment_orphans,other.dismissed,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.rows,self.overrides,self.orphans,self.aligned,self.alignment,self.alignment_orphans,self.dismissed,)==(other.rows,other.overrides,other.orphans,other.aligned,other.alignment,other.alignment_orphans,other.dismissed,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.src,self.tgt,self.options,self.ratio,)==(other.src,other.tgt,other.options,other.ratio,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.src,self.tgt,self.options,self.ratio,)==(other.src,other.tgt,other.options,other.ratio,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.state,self.reviewer,self.updated,)==(other.state,other.reviewer,other.updated,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.state,self.reviewer,self.updated,)==(other.state,other.reviewer,other.updated,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.tables,)==(other.tables,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.tables,)==(other.tables,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.content,self.content_text,)==(other.text,other.content,other.content_text,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.content,self.content_text,)==(other.text,other.content,other.content_text,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.text,self.spans,self.narrow,self.boilerplate_only,)==(other.text,other.spans,other.narrow,other.boilerplate_only,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.text,self.spans,self.narrow,self.boilerplate_only,)==(other.text,other.spans,other.narrow,other.boilerplate_only,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.titles,self.general,self.starters,self.months,self.ordinal_after,self.before_number,self.list_enders,self.name_enders,self.company_forms,self.continuers,self.one_letter_words,self.lower_starters,self.reporting_verbs,self.lower_after_question,self.lower_after_stop,self.lower_after_number,self.ordinal_after_name,self.candidate,)==(other.titles,other.general,other.starters,other.months,other.ordinal_after,other.before_number,other.list_enders,other.name_enders,other.company_forms,other.continuers,other.one_letter_words,other.lower_starters,other.reporting_verbs,other.lower_after_question,other.lower_after_stop,other.lower_after_number,other.ordinal_after_name,other.candidate,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.titles,self.general,self.starters,self.months,self.ordinal_after,self.before_number,self.list_enders,self.name_enders,self.company_forms,self.continuers,self.one_letter_words,self.lower_starters,self.reporting_verbs,self.lower_after_question,self.lower_after_stop,self.lower_after_number,self.ordinal_after_name,self.candidate,)==(other.titles,other.general,other.starters,other.months,other.ordinal_after,other.before_number,other.list_enders,other.name_enders,other.company_forms,other.continuers,other.one_letter_words,other.lower_starters,other.reporting_verbs,other.lower_after_question,other.lower_after_stop,other.lower_after_number,other.ordinal_after_name,other.candidate,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.value,self.start,self.end,self.words,self.clear,self.alone,)==(other.value,other.start,other.end,other.words,other.clear,other.alone,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.value,self.start,self.end,self.words,self.clear,self.alone,)==(other.value,other.start,other.end,other.words,other.clear,other.alone,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __eq__(self,other):
  if other.__class__ is self.__class__:
   return (self.width,self.columns,self.shown,self.hide,self.only,)==(other.width,other.columns,other.shown,other.hide,other.only,)
  return NotImplemented
 return __eq__
CODE['def __create_fn__():\n def __eq__(self,other):\n  if other.__class__ is self.__class__:\n   return (self.width,self.columns,self.shown,self.hide,self.only,)==(other.width,other.columns,other.shown,other.hide,other.only,)\n  return NotImplemented\n return __eq__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash(())
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash(())\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.aligned,self.alignment,self.orphans,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.aligned,self.alignment,self.orphans,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.alignment,self.cursor,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.alignment,self.cursor,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.alignment,self.orphans,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.alignment,self.orphans,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.anchor,self.kind,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.anchor,self.kind,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.anchor,self.lang,self.check,self.reviewer,self.updated,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.anchor,self.lang,self.check,self.reviewer,self.updated,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.anchor,self.status,self.reviewer,self.updated,self.errors,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.anchor,self.status,self.reviewer,self.updated,self.errors,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.anchor,self.text,self.statuses,self.errors,self.row,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.anchor,self.text,self.statuses,self.errors,self.row,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.check,self.lang,self.severity,self.message,self.spans,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.check,self.lang,self.severity,self.message,self.spans,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.doubtful_confidence,self.reach,self.band,self.skip,self.margin,self.prior,self.length,self.witness,self.far_at,self.far_cost,self.local,self.joined_mean,self.model_upto,self.settle,self.lone_margin,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.doubtful_confidence,self.reach,self.band,self.skip,self.margin,self.prior,self.length,self.witness,self.far_at,self.far_cost,self.local,self.joined_mean,self.model_upto,self.settle,self.lone_margin,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.features,self.paragraphs,self.source_urls,self.boundaries,self.sentences,self.chars,self.marks,self.sentence_ends,self.questions,self.quotes,self.katakana,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.features,self.paragraphs,self.source_urls,self.boundaries,self.sentences,self.chars,self.marks,self.sentence_ends,self.questions,self.quotes,self.katakana,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.raters,self.disagreements,self.kappa,self.shared,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.raters,self.disagreements,self.kappa,self.shared,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.file,self.raw,self.set_aside,self.problem,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.file,self.raw,self.set_aside,self.problem,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.files,self.problems,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.files,self.problems,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.format,self.text,self.cues,self.warnings,self.notes,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.format,self.text,self.cues,self.warnings,self.notes,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.group,self.languages,self.rows,self.reviewed,self.findings,self.left,self.doubtful,self.doubtful_left,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.group,self.languages,self.rows,self.reviewed,self.findings,self.left,self.doubtful,self.doubtful_left,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.group,self.pivot,self.annotations,self.boilerplate,self.alignment,self.dismissed,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.group,self.pivot,self.annotations,self.boilerplate,self.alignment,self.dismissed,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.group,self.pivot,self.row,self.anchor,self.languages,self.texts,self.annotation,self.findings,self.boilerplate,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.group,self.pivot,self.row,self.anchor,self.languages,self.texts,self.annotation,self.findings,self.boilerplate,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.group,self.rows,self.findings,self.error,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.group,self.rows,self.findings,self.error,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.id,self.pivot,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.id,self.pivot,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.seen,self.start,self.end,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.seen,self.start,self.end,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.kind,self.source,self.flags,self.comment,self.langs,self.max_words,self.needs,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.kind,self.source,self.flags,self.comment,self.langs,self.max_words,self.needs,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.lang,self.category,self.severity,self.note,self.span,self.reviewer,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.lang,self.category,self.severity,self.note,self.span,self.reviewer,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.message,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.message,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.ordinal,self.label,self.line,self.start,self.end,self.span,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.ordinal,self.label,self.line,self.start,self.end,self.span,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.ordinal,self.paragraph,self.start,self.end,self.text,self.boilerplate,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.ordinal,self.paragraph,self.start,self.end,self.text,self.boilerplate,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.message,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.message,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.sha256,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.sha256,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.source,self.text,self.encoding,self.sha256,self.lang_hint,self.warnings,self.notes,self.subtitles,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.source,self.text,self.encoding,self.sha256,self.lang_hint,self.warnings,self.notes,self.subtitles,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.path,self.source,self.text,self.lang,self.sha256,self.encoding,self.lang_confidence,self.warnings,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.path,self.source,self.text,self.lang,self.sha256,self.encoding,self.lang_confidence,self.warnings,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.prior,self.threshold,self.before_length,self.after_length,self.before,self.after,self.words,self.longest,self.quote,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.prior,self.threshold,self.before_length,self.after_length,self.before,self.after,self.words,self.longest,self.quote,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.rel,self.source,self.root,self.real_root,self.encoding,self.max_bytes,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rel,self.source,self.root,self.real_root,self.encoding,self.max_bytes,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.rows,self.fixes,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rows,self.fixes,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.rows,self.how,self.orphans,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rows,self.how,self.orphans,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.rows,self.overrides,self.orphans,self.aligned,self.alignment,self.alignment_orphans,self.dismissed,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.rows,self.overrides,self.orphans,self.aligned,self.alignment,self.alignment_orphans,self.dismissed,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.state,self.reviewer,self.updated,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.state,self.reviewer,self.updated,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.tables,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.tables,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.content,self.content_text,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.content,self.content_text,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.text,self.spans,self.narrow,self.boilerplate_only,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.text,self.spans,self.narrow,self.boilerplate_only,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.titles,self.general,self.starters,self.months,self.ordinal_after,self.before_number,self.list_enders,self.name_enders,self.company_forms,self.continuers,self.one_letter_words,self.lower_starters,self.reporting_verbs,self.lower_after_question,self.lower_after_stop,self.lower_after_number,self.ordinal_after_name,self.candidate,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.titles,self.general,self.starters,self.months,self.ordinal_after,self.before_number,self.list_enders,self.name_enders,self.company_forms,self.continuers,self.one_letter_words,self.lower_starters,self.reporting_verbs,self.lower_after_question,self.lower_after_stop,self.lower_after_number,self.ordinal_after_name,self.candidate,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.value,self.start,self.end,self.words,self.clear,self.alone,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.value,self.start,self.end,self.words,self.clear,self.alone,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __hash__(self):
  return hash((self.width,self.columns,self.shown,self.hide,self.only,))
 return __hash__
CODE['def __create_fn__():\n def __hash__(self):\n  return hash((self.width,self.columns,self.shown,self.hide,self.only,))\n return __hash__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(aligned={self.aligned!r}, alignment={self.alignment!r}, orphans={self.orphans!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(aligned={self.aligned!r}, alignment={self.alignment!r}, orphans={self.orphans!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(alignment={self.alignment!r}, cursor={self.cursor!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(alignment={self.alignment!r}, cursor={self.cursor!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(alignment={self.alignment!r}, orphans={self.orphans!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(alignment={self.alignment!r}, orphans={self.orphans!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, kind={self.kind!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, kind={self.kind!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, lang={self.lang!r}, check={self.check!r}, reviewer={self.reviewer!r}, updated={self.updated!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, lang={self.lang!r}, check={self.check!r}, reviewer={self.reviewer!r}, updated={self.updated!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, status={self.status!r}, reviewer={self.reviewer!r}, updated={self.updated!r}, text={self.text!r}, errors={self.errors!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, status={self.status!r}, reviewer={self.reviewer!r}, updated={self.updated!r}, text={self.text!r}, errors={self.errors!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, text={self.text!r}, statuses={self.statuses!r}, errors={self.errors!r}, row={self.row!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(anchor={self.anchor!r}, text={self.text!r}, statuses={self.statuses!r}, errors={self.errors!r}, row={self.row!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cells={self.cells!r}, confidence={self.confidence!r}, unmatched={self.unmatched!r}, inserted={self.inserted!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r}, confidence={self.confidence!r}, unmatched={self.unmatched!r}, inserted={self.inserted!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(cells={self.cells!r}, state={self.state!r}, reviewer={self.reviewer!r}, updated={self.updated!r}, text={self.text!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(cells={self.cells!r}, state={self.state!r}, reviewer={self.reviewer!r}, updated={self.updated!r}, text={self.text!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(check={self.check!r}, lang={self.lang!r}, severity={self.severity!r}, message={self.message!r}, spans={self.spans!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(check={self.check!r}, lang={self.lang!r}, severity={self.severity!r}, message={self.message!r}, spans={self.spans!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(documents={self.documents!r}, segments={self.segments!r}, groups={self.groups!r}, problems={self.problems!r}, jobs={self.jobs!r}, align_options={self.align_options!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(documents={self.documents!r}, segments={self.segments!r}, groups={self.groups!r}, problems={self.problems!r}, jobs={self.jobs!r}, align_options={self.align_options!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(doubtful_confidence={self.doubtful_confidence!r}, reach={self.reach!r}, band={self.band!r}, skip={self.skip!r}, margin={self.margin!r}, prior={self.prior!r}, length={self.length!r}, witness={self.witness!r}, far_at={self.far_at!r}, far_cost={self.far_cost!r}, local={self.local!r}, joined_mean={self.joined_mean!r}, model_upto={self.model_upto!r}, settle={self.settle!r}, lone_margin={self.lone_margin!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(doubtful_confidence={self.doubtful_confidence!r}, reach={self.reach!r}, band={self.band!r}, skip={self.skip!r}, margin={self.margin!r}, prior={self.prior!r}, length={self.length!r}, witness={self.witness!r}, far_at={self.far_at!r}, far_cost={self.far_cost!r}, local={self.local!r}, joined_mean={self.joined_mean!r}, model_upto={self.model_upto!r}, settle={self.settle!r}, lone_margin={self.lone_margin!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(features={self.features!r}, paragraphs={self.paragraphs!r}, source_urls={self.source_urls!r}, boundaries={self.boundaries!r}, sentences={self.sentences!r}, chars={self.chars!r}, marks={self.marks!r}, sentence_ends={self.sentence_ends!r}, questions={self.questions!r}, quotes={self.quotes!r}, katakana={self.katakana!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(features={self.features!r}, paragraphs={self.paragraphs!r}, source_urls={self.source_urls!r}, boundaries={self.boundaries!r}, sentences={self.sentences!r}, chars={self.chars!r}, marks={self.marks!r}, sentence_ends={self.sentence_ends!r}, questions={self.questions!r}, quotes={self.quotes!r}, katakana={self.katakana!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, raters={self.raters!r}, disagreements={self.disagreements!r}, kappa={self.kappa!r}, shared={self.shared!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, raters={self.raters!r}, disagreements={self.disagreements!r}, kappa={self.kappa!r}, shared={self.shared!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(file={self.file!r}, raw={self.raw!r}, set_aside={self.set_aside!r}, problem={self.problem!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(file={self.file!r}, raw={self.raw!r}, set_aside={self.set_aside!r}, problem={self.problem!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(files={self.files!r}, problems={self.problems!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(files={self.files!r}, problems={self.problems!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(folder={self.folder!r}, held={self.held!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(folder={self.folder!r}, held={self.held!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(format={self.format!r}, text={self.text!r}, cues={self.cues!r}, warnings={self.warnings!r}, notes={self.notes!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(format={self.format!r}, text={self.text!r}, cues={self.cues!r}, warnings={self.warnings!r}, notes={self.notes!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(group={self.group!r}, documents={self.documents!r}, segments={self.segments!r}, rows={self.rows!r}, findings={self.findings!r}, error={self.error!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(group={self.group!r}, documents={self.documents!r}, segments={self.segments!r}, rows={self.rows!r}, findings={self.findings!r}, error={self.error!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(group={self.group!r}, languages={self.languages!r}, rows={self.rows!r}, reviewed={self.reviewed!r}, findings={self.findings!r}, left={self.left!r}, doubtful={self.doubtful!r}, doubtful_left={self.doubtful_left!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(group={self.group!r}, languages={self.languages!r}, rows={self.rows!r}, reviewed={self.reviewed!r}, findings={self.findings!r}, left={self.left!r}, doubtful={self.doubtful!r}, doubtful_left={self.doubtful_left!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(group={self.group!r}, pivot={self.pivot!r}, documents={self.documents!r}, annotations={self.annotations!r}, boilerplate={self.boilerplate!r}, alignment={self.alignment!r}, dismissed={self.dismissed!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(group={self.group!r}, pivot={self.pivot!r}, documents={self.documents!r}, annotations={self.annotations!r}, boilerplate={self.boilerplate!r}, alignment={self.alignment!r}, dismissed={self.dismissed!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(group={self.group!r}, pivot={self.pivot!r}, row={self.row!r}, anchor={self.anchor!r}, languages={self.languages!r}, texts={self.texts!r}, annotation={self.annotation!r}, findings={self.findings!r}, boilerplate={self.boilerplate!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(group={self.group!r}, pivot={self.pivot!r}, row={self.row!r}, anchor={self.anchor!r}, languages={self.languages!r}, texts={self.texts!r}, annotation={self.annotation!r}, findings={self.findings!r}, boilerplate={self.boilerplate!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(id={self.id!r}, pivot={self.pivot!r}, members={self.members!r}, pivot_guessed={self.pivot_guessed!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(id={self.id!r}, pivot={self.pivot!r}, members={self.members!r}, pivot_guessed={self.pivot_guessed!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(keys={self.keys!r}, overrides={self.overrides!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(keys={self.keys!r}, overrides={self.overrides!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, seen={self.seen!r}, start={self.start!r}, end={self.end!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, seen={self.seen!r}, start={self.start!r}, end={self.end!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(kind={self.kind!r}, source={self.source!r}, flags={self.flags!r}, comment={self.comment!r}, langs={self.langs!r}, max_words={self.max_words!r}, needs={self.needs!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(kind={self.kind!r}, source={self.source!r}, flags={self.flags!r}, comment={self.comment!r}, langs={self.langs!r}, max_words={self.max_words!r}, needs={self.needs!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lang={self.lang!r}, category={self.category!r}, severity={self.severity!r}, note={self.note!r}, span={self.span!r}, reviewer={self.reviewer!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lang={self.lang!r}, category={self.category!r}, severity={self.severity!r}, note={self.note!r}, span={self.span!r}, reviewer={self.reviewer!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(lengths={self.lengths!r}, keys={self.keys!r}, words={self.words!r}, tokens={self.tokens!r}, base_keys={self.base_keys!r}, kinds={self.kinds!r}, paragraphs={self.paragraphs!r}, script={self.script!r}, unmatched={self.unmatched!r}, learnt={self.learnt!r}, texts={self.texts!r}, merge_cost={self.merge_cost!r}, joins={self.joins!r}, paired_paragraph={self.paired_paragraph!r}, skip_adjust={self.skip_adjust!r}, insert_share={self.insert_share!r}, lacks_kept={self.lacks_kept!r}, continues={self.continues!r}, alone_credit={self.alone_credit!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(lengths={self.lengths!r}, keys={self.keys!r}, words={self.words!r}, tokens={self.tokens!r}, base_keys={self.base_keys!r}, kinds={self.kinds!r}, paragraphs={self.paragraphs!r}, script={self.script!r}, unmatched={self.unmatched!r}, learnt={self.learnt!r}, texts={self.texts!r}, merge_cost={self.merge_cost!r}, joins={self.joins!r}, paired_paragraph={self.paired_paragraph!r}, skip_adjust={self.skip_adjust!r}, insert_share={self.insert_share!r}, lacks_kept={self.lacks_kept!r}, continues={self.continues!r}, alone_credit={self.alone_credit!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(message={self.message!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(message={self.message!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ordinal={self.ordinal!r}, label={self.label!r}, line={self.line!r}, start={self.start!r}, end={self.end!r}, span={self.span!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ordinal={self.ordinal!r}, label={self.label!r}, line={self.line!r}, start={self.start!r}, end={self.end!r}, span={self.span!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(ordinal={self.ordinal!r}, paragraph={self.paragraph!r}, start={self.start!r}, end={self.end!r}, text={self.text!r}, boilerplate={self.boilerplate!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(ordinal={self.ordinal!r}, paragraph={self.paragraph!r}, start={self.start!r}, end={self.end!r}, text={self.text!r}, boilerplate={self.boilerplate!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(pairs={self.pairs!r}, src_mass={self.src_mass!r}, tgt_mass={self.tgt_mass!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(pairs={self.pairs!r}, src_mass={self.src_mass!r}, tgt_mass={self.tgt_mass!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, message={self.message!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, message={self.message!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, sha256={self.sha256!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, sha256={self.sha256!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, source={self.source!r}, text={self.text!r}, encoding={self.encoding!r}, sha256={self.sha256!r}, lang_hint={self.lang_hint!r}, warnings={self.warnings!r}, notes={self.notes!r}, subtitles={self.subtitles!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, source={self.source!r}, text={self.text!r}, encoding={self.encoding!r}, sha256={self.sha256!r}, lang_hint={self.lang_hint!r}, warnings={self.warnings!r}, notes={self.notes!r}, subtitles={self.subtitles!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(path={self.path!r}, source={self.source!r}, text={self.text!r}, lang={self.lang!r}, sha256={self.sha256!r}, encoding={self.encoding!r}, lang_confidence={self.lang_confidence!r}, warnings={self.warnings!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(path={self.path!r}, source={self.source!r}, text={self.text!r}, lang={self.lang!r}, sha256={self.sha256!r}, encoding={self.encoding!r}, lang_confidence={self.lang_confidence!r}, warnings={self.warnings!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(prior={self.prior!r}, threshold={self.threshold!r}, before_length={self.before_length!r}, after_length={self.after_length!r}, before={self.before!r}, after={self.after!r}, words={self.words!r}, longest={self.longest!r}, quote={self.quote!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(prior={self.prior!r}, threshold={self.threshold!r}, before_length={self.before_length!r}, after_length={self.after_length!r}, before={self.before!r}, after={self.after!r}, words={self.words!r}, longest={self.longest!r}, quote={self.quote!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rel={self.rel!r}, source={self.source!r}, root={self.root!r}, real_root={self.real_root!r}, encoding={self.encoding!r}, max_bytes={self.max_bytes!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rel={self.rel!r}, source={self.source!r}, root={self.root!r}, real_root={self.real_root!r}, encoding={self.encoding!r}, max_bytes={self.max_bytes!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rows={self.rows!r}, fixes={self.fixes!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rows={self.rows!r}, fixes={self.fixes!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rows={self.rows!r}, how={self.how!r}, orphans={self.orphans!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rows={self.rows!r}, how={self.how!r}, orphans={self.orphans!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(rows={self.rows!r}, overrides={self.overrides!r}, orphans={self.orphans!r}, aligned={self.aligned!r}, alignment={self.alignment!r}, alignment_orphans={self.alignment_orphans!r}, dismissed={self.dismissed!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(rows={self.rows!r}, overrides={self.overrides!r}, orphans={self.orphans!r}, aligned={self.aligned!r}, alignment={self.alignment!r}, alignment_orphans={self.alignment_orphans!r}, dismissed={self.dismissed!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(src={self.src!r}, tgt={self.tgt!r}, options={self.options!r}, ratio={self.ratio!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(src={self.src!r}, tgt={self.tgt!r}, options={self.options!r}, ratio={self.ratio!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(state={self.state!r}, reviewer={self.reviewer!r}, updated={self.updated!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(state={self.state!r}, reviewer={self.reviewer!r}, updated={self.updated!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(tables={self.tables!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(tables={self.tables!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, content={self.content!r}, content_text={self.content_text!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, content={self.content!r}, content_text={self.content_text!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(text={self.text!r}, spans={self.spans!r}, narrow={self.narrow!r}, boilerplate_only={self.boilerplate_only!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(text={self.text!r}, spans={self.spans!r}, narrow={self.narrow!r}, boilerplate_only={self.boilerplate_only!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(titles={self.titles!r}, general={self.general!r}, starters={self.starters!r}, months={self.months!r}, ordinal_after={self.ordinal_after!r}, before_number={self.before_number!r}, list_enders={self.list_enders!r}, name_enders={self.name_enders!r}, company_forms={self.company_forms!r}, continuers={self.continuers!r}, one_letter_words={self.one_letter_words!r}, lower_starters={self.lower_starters!r}, reporting_verbs={self.reporting_verbs!r}, lower_after_question={self.lower_after_question!r}, lower_after_stop={self.lower_after_stop!r}, lower_after_number={self.lower_after_number!r}, ordinal_after_name={self.ordinal_after_name!r}, candidate={self.candidate!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(titles={self.titles!r}, general={self.general!r}, starters={self.starters!r}, months={self.months!r}, ordinal_after={self.ordinal_after!r}, before_number={self.before_number!r}, list_enders={self.list_enders!r}, name_enders={self.name_enders!r}, company_forms={self.company_forms!r}, continuers={self.continuers!r}, one_letter_words={self.one_letter_words!r}, lower_starters={self.lower_starters!r}, reporting_verbs={self.reporting_verbs!r}, lower_after_question={self.lower_after_question!r}, lower_after_stop={self.lower_after_stop!r}, lower_after_number={self.lower_after_number!r}, ordinal_after_name={self.ordinal_after_name!r}, candidate={self.candidate!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(value={self.value!r}, start={self.start!r}, end={self.end!r}, words={self.words!r}, clear={self.clear!r}, alone={self.alone!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(value={self.value!r}, start={self.start!r}, end={self.end!r}, words={self.words!r}, clear={self.clear!r}, alone={self.alone!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__():
 def __repr__(self):
  return self.__class__.__qualname__ + f"(width={self.width!r}, columns={self.columns!r}, shown={self.shown!r}, hide={self.hide!r}, only={self.only!r})"
 return __repr__
CODE['def __create_fn__():\n def __repr__(self):\n  return self.__class__.__qualname__ + f"(width={self.width!r}, columns={self.columns!r}, shown={self.shown!r}, hide={self.hide!r}, only={self.only!r})"\n return __repr__'] = __create_fn__.__code__

def __create_fn__(_type_aligned, _type_alignment, _type_orphans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,aligned:_type_aligned,alignment:_type_alignment,orphans:_type_orphans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'aligned',aligned)
  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)
  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)
 return __init__
CODE["def __create_fn__(_type_aligned, _type_alignment, _type_orphans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,aligned:_type_aligned,alignment:_type_alignment,orphans:_type_orphans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'aligned',aligned)\n  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)\n  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_alignment, _type_cursor, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,alignment:_type_alignment,cursor:_type_cursor)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)
  __dataclass_builtins_object__.__setattr__(self,'cursor',cursor)
 return __init__
CODE["def __create_fn__(_type_alignment, _type_cursor, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,alignment:_type_alignment,cursor:_type_cursor)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)\n  __dataclass_builtins_object__.__setattr__(self,'cursor',cursor)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_alignment, _type_orphans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,alignment:_type_alignment,orphans:_type_orphans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)
  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)
 return __init__
CODE["def __create_fn__(_type_alignment, _type_orphans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,alignment:_type_alignment,orphans:_type_orphans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)\n  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_anchor, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,anchor:_type_anchor,kind:_type_kind)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
 return __init__
CODE["def __create_fn__(_type_anchor, _type_kind, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,anchor:_type_anchor,kind:_type_kind)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_anchor, _type_lang, _type_check, _type_reviewer, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reviewer, _dflt_updated, _return_type):
 def __init__(self,anchor:_type_anchor,lang:_type_lang,check:_type_check,reviewer:_type_reviewer=_dflt_reviewer,updated:_type_updated=_dflt_updated)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'check',check)
  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)
  __dataclass_builtins_object__.__setattr__(self,'updated',updated)
 return __init__
CODE["def __create_fn__(_type_anchor, _type_lang, _type_check, _type_reviewer, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_reviewer, _dflt_updated, _return_type):\n def __init__(self,anchor:_type_anchor,lang:_type_lang,check:_type_check,reviewer:_type_reviewer=_dflt_reviewer,updated:_type_updated=_dflt_updated)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'check',check)\n  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)\n  __dataclass_builtins_object__.__setattr__(self,'updated',updated)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_anchor, _type_status, _type_reviewer, _type_updated, _type_text, _type_errors, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_errors, _return_type):
 def __init__(self,anchor:_type_anchor,status:_type_status,reviewer:_type_reviewer,updated:_type_updated,text:_type_text=_HAS_DEFAULT_FACTORY,errors:_type_errors=_dflt_errors)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'status',status)
  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)
  __dataclass_builtins_object__.__setattr__(self,'updated',updated)
  __dataclass_builtins_object__.__setattr__(self,'text',_dflt_text() if text is _HAS_DEFAULT_FACTORY else text)
  __dataclass_builtins_object__.__setattr__(self,'errors',errors)
 return __init__
CODE["def __create_fn__(_type_anchor, _type_status, _type_reviewer, _type_updated, _type_text, _type_errors, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _dflt_errors, _return_type):\n def __init__(self,anchor:_type_anchor,status:_type_status,reviewer:_type_reviewer,updated:_type_updated,text:_type_text=_HAS_DEFAULT_FACTORY,errors:_type_errors=_dflt_errors)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)\n  __dataclass_builtins_object__.__setattr__(self,'status',status)\n  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)\n  __dataclass_builtins_object__.__setattr__(self,'updated',updated)\n  __dataclass_builtins_object__.__setattr__(self,'text',_dflt_text() if text is _HAS_DEFAULT_FACTORY else text)\n  __dataclass_builtins_object__.__setattr__(self,'errors',errors)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_anchor, _type_text, _type_statuses, _type_errors, _type_row, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _dflt_row, _return_type):
 def __init__(self,anchor:_type_anchor,text:_type_text,statuses:_type_statuses,errors:_type_errors=_HAS_DEFAULT_FACTORY,row:_type_row=_dflt_row)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'statuses',statuses)
  __dataclass_builtins_object__.__setattr__(self,'errors',_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
 return __init__
CODE["def __create_fn__(_type_anchor, _type_text, _type_statuses, _type_errors, _type_row, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_errors, _dflt_row, _return_type):\n def __init__(self,anchor:_type_anchor,text:_type_text,statuses:_type_statuses,errors:_type_errors=_HAS_DEFAULT_FACTORY,row:_type_row=_dflt_row)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'statuses',statuses)\n  __dataclass_builtins_object__.__setattr__(self,'errors',_dflt_errors() if errors is _HAS_DEFAULT_FACTORY else errors)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_cells, _type_confidence, _type_unmatched, _type_inserted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_confidence, _dflt_unmatched, _dflt_inserted, _return_type):
 def __init__(self,cells:_type_cells,confidence:_type_confidence=_HAS_DEFAULT_FACTORY,unmatched:_type_unmatched=_HAS_DEFAULT_FACTORY,inserted:_type_inserted=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'confidence',_dflt_confidence() if confidence is _HAS_DEFAULT_FACTORY else confidence)
  __dataclass_builtins_object__.__setattr__(self,'unmatched',_dflt_unmatched() if unmatched is _HAS_DEFAULT_FACTORY else unmatched)
  __dataclass_builtins_object__.__setattr__(self,'inserted',_dflt_inserted() if inserted is _HAS_DEFAULT_FACTORY else inserted)
 return __init__
CODE["def __create_fn__(_type_cells, _type_confidence, _type_unmatched, _type_inserted, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_confidence, _dflt_unmatched, _dflt_inserted, _return_type):\n def __init__(self,cells:_type_cells,confidence:_type_confidence=_HAS_DEFAULT_FACTORY,unmatched:_type_unmatched=_HAS_DEFAULT_FACTORY,inserted:_type_inserted=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'confidence',_dflt_confidence() if confidence is _HAS_DEFAULT_FACTORY else confidence)\n  __dataclass_builtins_object__.__setattr__(self,'unmatched',_dflt_unmatched() if unmatched is _HAS_DEFAULT_FACTORY else unmatched)\n  __dataclass_builtins_object__.__setattr__(self,'inserted',_dflt_inserted() if inserted is _HAS_DEFAULT_FACTORY else inserted)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_cells, _type_state, _type_reviewer, _type_updated, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _return_type):
 def __init__(self,cells:_type_cells,state:_type_state,reviewer:_type_reviewer,updated:_type_updated,text:_type_text=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'cells',cells)
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)
  __dataclass_builtins_object__.__setattr__(self,'updated',updated)
  __dataclass_builtins_object__.__setattr__(self,'text',_dflt_text() if text is _HAS_DEFAULT_FACTORY else text)
 return __init__
CODE["def __create_fn__(_type_cells, _type_state, _type_reviewer, _type_updated, _type_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_text, _return_type):\n def __init__(self,cells:_type_cells,state:_type_state,reviewer:_type_reviewer,updated:_type_updated,text:_type_text=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'cells',cells)\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)\n  __dataclass_builtins_object__.__setattr__(self,'updated',updated)\n  __dataclass_builtins_object__.__setattr__(self,'text',_dflt_text() if text is _HAS_DEFAULT_FACTORY else text)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_check, _type_lang, _type_severity, _type_message, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_spans, _return_type):
 def __init__(self,check:_type_check,lang:_type_lang,severity:_type_severity,message:_type_message,spans:_type_spans=_dflt_spans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'check',check)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
  __dataclass_builtins_object__.__setattr__(self,'spans',spans)
 return __init__
CODE["def __create_fn__(_type_check, _type_lang, _type_severity, _type_message, _type_spans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_spans, _return_type):\n def __init__(self,check:_type_check,lang:_type_lang,severity:_type_severity,message:_type_message,spans:_type_spans=_dflt_spans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'check',check)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n  __dataclass_builtins_object__.__setattr__(self,'spans',spans)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_documents, _type_segments, _type_groups, _type_problems, _type_timings, _type_jobs, _type_cluster, _type_align_options, _type_second_versions, _type__aligned, _type__rows, _type__locks, _type__lexicons, _type__errors, _type__firsts, _type__numbers_read, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_timings, _dflt_jobs, _dflt_cluster, _dflt_align_options, _dflt_second_versions, _dflt__aligned, _dflt__rows, _dflt__locks, _dflt__lexicons, _dflt__errors, _dflt__firsts, _dflt__numbers_read, _return_type):
 def __init__(self,documents:_type_documents,segments:_type_segments,groups:_type_groups,problems:_type_problems,timings:_type_timings=_HAS_DEFAULT_FACTORY,jobs:_type_jobs=_dflt_jobs,cluster:_type_cluster=_dflt_cluster,align_options:_type_align_options=_dflt_align_options,second_versions:_type_second_versions=_HAS_DEFAULT_FACTORY,_aligned:_type__aligned=_HAS_DEFAULT_FACTORY,_rows:_type__rows=_HAS_DEFAULT_FACTORY,_locks:_type__locks=_HAS_DEFAULT_FACTORY,_lexicons:_type__lexicons=_dflt__lexicons,_errors:_type__errors=_HAS_DEFAULT_FACTORY,_firsts:_type__firsts=_HAS_DEFAULT_FACTORY,_numbers_read:_type__numbers_read=_HAS_DEFAULT_FACTORY)->_return_type:
  self.documents=documents
  self.segments=segments
  self.groups=groups
  self.problems=problems
  self.timings=_dflt_timings() if timings is _HAS_DEFAULT_FACTORY else timings
  self.jobs=jobs
  self.cluster=cluster
  self.align_options=align_options
  self.second_versions=_dflt_second_versions() if second_versions is _HAS_DEFAULT_FACTORY else second_versions
  self._aligned=_dflt__aligned() if _aligned is _HAS_DEFAULT_FACTORY else _aligned
  self._rows=_dflt__rows() if _rows is _HAS_DEFAULT_FACTORY else _rows
  self._locks=_dflt__locks() if _locks is _HAS_DEFAULT_FACTORY else _locks
  self._lexicons=_lexicons
  self._errors=_dflt__errors() if _errors is _HAS_DEFAULT_FACTORY else _errors
  self._firsts=_dflt__firsts() if _firsts is _HAS_DEFAULT_FACTORY else _firsts
  self._numbers_read=_dflt__numbers_read() if _numbers_read is _HAS_DEFAULT_FACTORY else _numbers_read
 return __init__
CODE['def __create_fn__(_type_documents, _type_segments, _type_groups, _type_problems, _type_timings, _type_jobs, _type_cluster, _type_align_options, _type_second_versions, _type__aligned, _type__rows, _type__locks, _type__lexicons, _type__errors, _type__firsts, _type__numbers_read, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_timings, _dflt_jobs, _dflt_cluster, _dflt_align_options, _dflt_second_versions, _dflt__aligned, _dflt__rows, _dflt__locks, _dflt__lexicons, _dflt__errors, _dflt__firsts, _dflt__numbers_read, _return_type):\n def __init__(self,documents:_type_documents,segments:_type_segments,groups:_type_groups,problems:_type_problems,timings:_type_timings=_HAS_DEFAULT_FACTORY,jobs:_type_jobs=_dflt_jobs,cluster:_type_cluster=_dflt_cluster,align_options:_type_align_options=_dflt_align_options,second_versions:_type_second_versions=_HAS_DEFAULT_FACTORY,_aligned:_type__aligned=_HAS_DEFAULT_FACTORY,_rows:_type__rows=_HAS_DEFAULT_FACTORY,_locks:_type__locks=_HAS_DEFAULT_FACTORY,_lexicons:_type__lexicons=_dflt__lexicons,_errors:_type__errors=_HAS_DEFAULT_FACTORY,_firsts:_type__firsts=_HAS_DEFAULT_FACTORY,_numbers_read:_type__numbers_read=_HAS_DEFAULT_FACTORY)->_return_type:\n  self.documents=documents\n  self.segments=segments\n  self.groups=groups\n  self.problems=problems\n  self.timings=_dflt_timings() if timings is _HAS_DEFAULT_FACTORY else timings\n  self.jobs=jobs\n  self.cluster=cluster\n  self.align_options=align_options\n  self.second_versions=_dflt_second_versions() if second_versions is _HAS_DEFAULT_FACTORY else second_versions\n  self._aligned=_dflt__aligned() if _aligned is _HAS_DEFAULT_FACTORY else _aligned\n  self._rows=_dflt__rows() if _rows is _HAS_DEFAULT_FACTORY else _rows\n  self._locks=_dflt__locks() if _locks is _HAS_DEFAULT_FACTORY else _locks\n  self._lexicons=_lexicons\n  self._errors=_dflt__errors() if _errors is _HAS_DEFAULT_FACTORY else _errors\n  self._firsts=_dflt__firsts() if _firsts is _HAS_DEFAULT_FACTORY else _firsts\n  self._numbers_read=_dflt__numbers_read() if _numbers_read is _HAS_DEFAULT_FACTORY else _numbers_read\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_doubtful_confidence, _type_reach, _type_band, _type_skip, _type_margin, _type_prior, _type_length, _type_witness, _type_far_at, _type_far_cost, _type_local, _type_joined_mean, _type_model_upto, _type_settle, _type_lone_margin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doubtful_confidence, _dflt_reach, _dflt_band, _dflt_skip, _dflt_margin, _dflt_prior, _dflt_length, _dflt_witness, _dflt_far_at, _dflt_far_cost, _dflt_local, _dflt_joined_mean, _dflt_model_upto, _dflt_settle, _dflt_lone_margin, _return_type):
 def __init__(self,doubtful_confidence:_type_doubtful_confidence=_dflt_doubtful_confidence,reach:_type_reach=_dflt_reach,band:_type_band=_dflt_band,skip:_type_skip=_dflt_skip,margin:_type_margin=_dflt_margin,prior:_type_prior=_dflt_prior,length:_type_length=_dflt_length,witness:_type_witness=_dflt_witness,far_at:_type_far_at=_dflt_far_at,far_cost:_type_far_cost=_dflt_far_cost,local:_type_local=_dflt_local,joined_mean:_type_joined_mean=_dflt_joined_mean,model_upto:_type_model_upto=_dflt_model_upto,settle:_type_settle=_dflt_settle,lone_margin:_type_lone_margin=_dflt_lone_margin)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'doubtful_confidence',doubtful_confidence)
  __dataclass_builtins_object__.__setattr__(self,'reach',reach)
  __dataclass_builtins_object__.__setattr__(self,'band',band)
  __dataclass_builtins_object__.__setattr__(self,'skip',skip)
  __dataclass_builtins_object__.__setattr__(self,'margin',margin)
  __dataclass_builtins_object__.__setattr__(self,'prior',prior)
  __dataclass_builtins_object__.__setattr__(self,'length',length)
  __dataclass_builtins_object__.__setattr__(self,'witness',witness)
  __dataclass_builtins_object__.__setattr__(self,'far_at',far_at)
  __dataclass_builtins_object__.__setattr__(self,'far_cost',far_cost)
  __dataclass_builtins_object__.__setattr__(self,'local',local)
  __dataclass_builtins_object__.__setattr__(self,'joined_mean',joined_mean)
  __dataclass_builtins_object__.__setattr__(self,'model_upto',model_upto)
  __dataclass_builtins_object__.__setattr__(self,'settle',settle)
  __dataclass_builtins_object__.__setattr__(self,'lone_margin',lone_margin)
 return __init__
CODE["def __create_fn__(_type_doubtful_confidence, _type_reach, _type_band, _type_skip, _type_margin, _type_prior, _type_length, _type_witness, _type_far_at, _type_far_cost, _type_local, _type_joined_mean, _type_model_upto, _type_settle, _type_lone_margin, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_doubtful_confidence, _dflt_reach, _dflt_band, _dflt_skip, _dflt_margin, _dflt_prior, _dflt_length, _dflt_witness, _dflt_far_at, _dflt_far_cost, _dflt_local, _dflt_joined_mean, _dflt_model_upto, _dflt_settle, _dflt_lone_margin, _return_type):\n def __init__(self,doubtful_confidence:_type_doubtful_confidence=_dflt_doubtful_confidence,reach:_type_reach=_dflt_reach,band:_type_band=_dflt_band,skip:_type_skip=_dflt_skip,margin:_type_margin=_dflt_margin,prior:_type_prior=_dflt_prior,length:_type_length=_dflt_length,witness:_type_witness=_dflt_witness,far_at:_type_far_at=_dflt_far_at,far_cost:_type_far_cost=_dflt_far_cost,local:_type_local=_dflt_local,joined_mean:_type_joined_mean=_dflt_joined_mean,model_upto:_type_model_upto=_dflt_model_upto,settle:_type_settle=_dflt_settle,lone_margin:_type_lone_margin=_dflt_lone_margin)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'doubtful_confidence',doubtful_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'reach',reach)\n  __dataclass_builtins_object__.__setattr__(self,'band',band)\n  __dataclass_builtins_object__.__setattr__(self,'skip',skip)\n  __dataclass_builtins_object__.__setattr__(self,'margin',margin)\n  __dataclass_builtins_object__.__setattr__(self,'prior',prior)\n  __dataclass_builtins_object__.__setattr__(self,'length',length)\n  __dataclass_builtins_object__.__setattr__(self,'witness',witness)\n  __dataclass_builtins_object__.__setattr__(self,'far_at',far_at)\n  __dataclass_builtins_object__.__setattr__(self,'far_cost',far_cost)\n  __dataclass_builtins_object__.__setattr__(self,'local',local)\n  __dataclass_builtins_object__.__setattr__(self,'joined_mean',joined_mean)\n  __dataclass_builtins_object__.__setattr__(self,'model_upto',model_upto)\n  __dataclass_builtins_object__.__setattr__(self,'settle',settle)\n  __dataclass_builtins_object__.__setattr__(self,'lone_margin',lone_margin)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_features, _type_paragraphs, _type_source_urls, _type_boundaries, _type_sentences, _type_chars, _type_marks, _type_sentence_ends, _type_questions, _type_quotes, _type_katakana, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_boundaries, _dflt_sentences, _dflt_chars, _dflt_marks, _dflt_sentence_ends, _dflt_questions, _dflt_quotes, _dflt_katakana, _return_type):
 def __init__(self,features:_type_features,paragraphs:_type_paragraphs,source_urls:_type_source_urls,boundaries:_type_boundaries=_dflt_boundaries,sentences:_type_sentences=_dflt_sentences,chars:_type_chars=_dflt_chars,marks:_type_marks=_dflt_marks,sentence_ends:_type_sentence_ends=_dflt_sentence_ends,questions:_type_questions=_dflt_questions,quotes:_type_quotes=_dflt_quotes,katakana:_type_katakana=_dflt_katakana)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'features',features)
  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)
  __dataclass_builtins_object__.__setattr__(self,'source_urls',source_urls)
  __dataclass_builtins_object__.__setattr__(self,'boundaries',boundaries)
  __dataclass_builtins_object__.__setattr__(self,'sentences',sentences)
  __dataclass_builtins_object__.__setattr__(self,'chars',chars)
  __dataclass_builtins_object__.__setattr__(self,'marks',marks)
  __dataclass_builtins_object__.__setattr__(self,'sentence_ends',sentence_ends)
  __dataclass_builtins_object__.__setattr__(self,'questions',questions)
  __dataclass_builtins_object__.__setattr__(self,'quotes',quotes)
  __dataclass_builtins_object__.__setattr__(self,'katakana',katakana)
 return __init__
CODE["def __create_fn__(_type_features, _type_paragraphs, _type_source_urls, _type_boundaries, _type_sentences, _type_chars, _type_marks, _type_sentence_ends, _type_questions, _type_quotes, _type_katakana, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_boundaries, _dflt_sentences, _dflt_chars, _dflt_marks, _dflt_sentence_ends, _dflt_questions, _dflt_quotes, _dflt_katakana, _return_type):\n def __init__(self,features:_type_features,paragraphs:_type_paragraphs,source_urls:_type_source_urls,boundaries:_type_boundaries=_dflt_boundaries,sentences:_type_sentences=_dflt_sentences,chars:_type_chars=_dflt_chars,marks:_type_marks=_dflt_marks,sentence_ends:_type_sentence_ends=_dflt_sentence_ends,questions:_type_questions=_dflt_questions,quotes:_type_quotes=_dflt_quotes,katakana:_type_katakana=_dflt_katakana)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'features',features)\n  __dataclass_builtins_object__.__setattr__(self,'paragraphs',paragraphs)\n  __dataclass_builtins_object__.__setattr__(self,'source_urls',source_urls)\n  __dataclass_builtins_object__.__setattr__(self,'boundaries',boundaries)\n  __dataclass_builtins_object__.__setattr__(self,'sentences',sentences)\n  __dataclass_builtins_object__.__setattr__(self,'chars',chars)\n  __dataclass_builtins_object__.__setattr__(self,'marks',marks)\n  __dataclass_builtins_object__.__setattr__(self,'sentence_ends',sentence_ends)\n  __dataclass_builtins_object__.__setattr__(self,'questions',questions)\n  __dataclass_builtins_object__.__setattr__(self,'quotes',quotes)\n  __dataclass_builtins_object__.__setattr__(self,'katakana',katakana)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_file, _type_raters, _type_disagreements, _type_kappa, _type_shared, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,file:_type_file,raters:_type_raters,disagreements:_type_disagreements,kappa:_type_kappa,shared:_type_shared)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'raters',raters)
  __dataclass_builtins_object__.__setattr__(self,'disagreements',disagreements)
  __dataclass_builtins_object__.__setattr__(self,'kappa',kappa)
  __dataclass_builtins_object__.__setattr__(self,'shared',shared)
 return __init__
CODE["def __create_fn__(_type_file, _type_raters, _type_disagreements, _type_kappa, _type_shared, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,file:_type_file,raters:_type_raters,disagreements:_type_disagreements,kappa:_type_kappa,shared:_type_shared)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'raters',raters)\n  __dataclass_builtins_object__.__setattr__(self,'disagreements',disagreements)\n  __dataclass_builtins_object__.__setattr__(self,'kappa',kappa)\n  __dataclass_builtins_object__.__setattr__(self,'shared',shared)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_file, _type_raw, _type_set_aside, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_set_aside, _dflt_problem, _return_type):
 def __init__(self,file:_type_file,raw:_type_raw,set_aside:_type_set_aside=_dflt_set_aside,problem:_type_problem=_dflt_problem)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'file',file)
  __dataclass_builtins_object__.__setattr__(self,'raw',raw)
  __dataclass_builtins_object__.__setattr__(self,'set_aside',set_aside)
  __dataclass_builtins_object__.__setattr__(self,'problem',problem)
 return __init__
CODE["def __create_fn__(_type_file, _type_raw, _type_set_aside, _type_problem, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_set_aside, _dflt_problem, _return_type):\n def __init__(self,file:_type_file,raw:_type_raw,set_aside:_type_set_aside=_dflt_set_aside,problem:_type_problem=_dflt_problem)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'file',file)\n  __dataclass_builtins_object__.__setattr__(self,'raw',raw)\n  __dataclass_builtins_object__.__setattr__(self,'set_aside',set_aside)\n  __dataclass_builtins_object__.__setattr__(self,'problem',problem)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_files, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,files:_type_files,problems:_type_problems)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'files',files)
  __dataclass_builtins_object__.__setattr__(self,'problems',problems)
 return __init__
CODE["def __create_fn__(_type_files, _type_problems, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,files:_type_files,problems:_type_problems)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'files',files)\n  __dataclass_builtins_object__.__setattr__(self,'problems',problems)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_folder, _type_held, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_held, _return_type):
 def __init__(self,folder:_type_folder,held:_type_held=_dflt_held)->_return_type:
  self.folder=folder
  self.held=held
 return __init__
CODE['def __create_fn__(_type_folder, _type_held, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_held, _return_type):\n def __init__(self,folder:_type_folder,held:_type_held=_dflt_held)->_return_type:\n  self.folder=folder\n  self.held=held\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_format, _type_text, _type_cues, _type_warnings, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,format:_type_format,text:_type_text,cues:_type_cues,warnings:_type_warnings,notes:_type_notes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'format',format)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'cues',cues)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
 return __init__
CODE["def __create_fn__(_type_format, _type_text, _type_cues, _type_warnings, _type_notes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,format:_type_format,text:_type_text,cues:_type_cues,warnings:_type_warnings,notes:_type_notes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'format',format)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'cues',cues)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_group, _type_documents, _type_segments, _type_rows, _type_findings, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _return_type):
 def __init__(self,group:_type_group,documents:_type_documents,segments:_type_segments,rows:_type_rows,findings:_type_findings,error:_type_error=_dflt_error)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'documents',documents)
  __dataclass_builtins_object__.__setattr__(self,'segments',segments)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'error',error)
 return __init__
CODE["def __create_fn__(_type_group, _type_documents, _type_segments, _type_rows, _type_findings, _type_error, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_error, _return_type):\n def __init__(self,group:_type_group,documents:_type_documents,segments:_type_segments,rows:_type_rows,findings:_type_findings,error:_type_error=_dflt_error)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'documents',documents)\n  __dataclass_builtins_object__.__setattr__(self,'segments',segments)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'error',error)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_group, _type_languages, _type_rows, _type_reviewed, _type_findings, _type_left, _type_doubtful, _type_doubtful_left, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,group:_type_group,languages:_type_languages,rows:_type_rows,reviewed:_type_reviewed,findings:_type_findings,left:_type_left,doubtful:_type_doubtful,doubtful_left:_type_doubtful_left)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'languages',languages)
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'reviewed',reviewed)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'left',left)
  __dataclass_builtins_object__.__setattr__(self,'doubtful',doubtful)
  __dataclass_builtins_object__.__setattr__(self,'doubtful_left',doubtful_left)
 return __init__
CODE["def __create_fn__(_type_group, _type_languages, _type_rows, _type_reviewed, _type_findings, _type_left, _type_doubtful, _type_doubtful_left, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,group:_type_group,languages:_type_languages,rows:_type_rows,reviewed:_type_reviewed,findings:_type_findings,left:_type_left,doubtful:_type_doubtful,doubtful_left:_type_doubtful_left)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'languages',languages)\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'reviewed',reviewed)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'left',left)\n  __dataclass_builtins_object__.__setattr__(self,'doubtful',doubtful)\n  __dataclass_builtins_object__.__setattr__(self,'doubtful_left',doubtful_left)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_group, _type_pivot, _type_documents, _type_annotations, _type_boilerplate, _type_alignment, _type_dismissed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_documents, _dflt_annotations, _dflt_boilerplate, _dflt_alignment, _dflt_dismissed, _return_type):
 def __init__(self,group:_type_group,pivot:_type_pivot,documents:_type_documents=_HAS_DEFAULT_FACTORY,annotations:_type_annotations=_dflt_annotations,boilerplate:_type_boilerplate=_dflt_boilerplate,alignment:_type_alignment=_dflt_alignment,dismissed:_type_dismissed=_dflt_dismissed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'pivot',pivot)
  __dataclass_builtins_object__.__setattr__(self,'documents',_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents)
  __dataclass_builtins_object__.__setattr__(self,'annotations',annotations)
  __dataclass_builtins_object__.__setattr__(self,'boilerplate',boilerplate)
  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)
  __dataclass_builtins_object__.__setattr__(self,'dismissed',dismissed)
 return __init__
CODE["def __create_fn__(_type_group, _type_pivot, _type_documents, _type_annotations, _type_boilerplate, _type_alignment, _type_dismissed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_documents, _dflt_annotations, _dflt_boilerplate, _dflt_alignment, _dflt_dismissed, _return_type):\n def __init__(self,group:_type_group,pivot:_type_pivot,documents:_type_documents=_HAS_DEFAULT_FACTORY,annotations:_type_annotations=_dflt_annotations,boilerplate:_type_boilerplate=_dflt_boilerplate,alignment:_type_alignment=_dflt_alignment,dismissed:_type_dismissed=_dflt_dismissed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'pivot',pivot)\n  __dataclass_builtins_object__.__setattr__(self,'documents',_dflt_documents() if documents is _HAS_DEFAULT_FACTORY else documents)\n  __dataclass_builtins_object__.__setattr__(self,'annotations',annotations)\n  __dataclass_builtins_object__.__setattr__(self,'boilerplate',boilerplate)\n  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)\n  __dataclass_builtins_object__.__setattr__(self,'dismissed',dismissed)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_group, _type_pivot, _type_row, _type_anchor, _type_languages, _type_texts, _type_annotation, _type_findings, _type_boilerplate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,group:_type_group,pivot:_type_pivot,row:_type_row,anchor:_type_anchor,languages:_type_languages,texts:_type_texts,annotation:_type_annotation,findings:_type_findings,boilerplate:_type_boilerplate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'group',group)
  __dataclass_builtins_object__.__setattr__(self,'pivot',pivot)
  __dataclass_builtins_object__.__setattr__(self,'row',row)
  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)
  __dataclass_builtins_object__.__setattr__(self,'languages',languages)
  __dataclass_builtins_object__.__setattr__(self,'texts',texts)
  __dataclass_builtins_object__.__setattr__(self,'annotation',annotation)
  __dataclass_builtins_object__.__setattr__(self,'findings',findings)
  __dataclass_builtins_object__.__setattr__(self,'boilerplate',boilerplate)
 return __init__
CODE["def __create_fn__(_type_group, _type_pivot, _type_row, _type_anchor, _type_languages, _type_texts, _type_annotation, _type_findings, _type_boilerplate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,group:_type_group,pivot:_type_pivot,row:_type_row,anchor:_type_anchor,languages:_type_languages,texts:_type_texts,annotation:_type_annotation,findings:_type_findings,boilerplate:_type_boilerplate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'group',group)\n  __dataclass_builtins_object__.__setattr__(self,'pivot',pivot)\n  __dataclass_builtins_object__.__setattr__(self,'row',row)\n  __dataclass_builtins_object__.__setattr__(self,'anchor',anchor)\n  __dataclass_builtins_object__.__setattr__(self,'languages',languages)\n  __dataclass_builtins_object__.__setattr__(self,'texts',texts)\n  __dataclass_builtins_object__.__setattr__(self,'annotation',annotation)\n  __dataclass_builtins_object__.__setattr__(self,'findings',findings)\n  __dataclass_builtins_object__.__setattr__(self,'boilerplate',boilerplate)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_id, _type_pivot, _type_members, _type_pivot_guessed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pivot_guessed, _return_type):
 def __init__(self,id:_type_id,pivot:_type_pivot,members:_type_members,pivot_guessed:_type_pivot_guessed=_dflt_pivot_guessed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'id',id)
  __dataclass_builtins_object__.__setattr__(self,'pivot',pivot)
  __dataclass_builtins_object__.__setattr__(self,'members',members)
  __dataclass_builtins_object__.__setattr__(self,'pivot_guessed',pivot_guessed)
 return __init__
CODE["def __create_fn__(_type_id, _type_pivot, _type_members, _type_pivot_guessed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_pivot_guessed, _return_type):\n def __init__(self,id:_type_id,pivot:_type_pivot,members:_type_members,pivot_guessed:_type_pivot_guessed=_dflt_pivot_guessed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'id',id)\n  __dataclass_builtins_object__.__setattr__(self,'pivot',pivot)\n  __dataclass_builtins_object__.__setattr__(self,'members',members)\n  __dataclass_builtins_object__.__setattr__(self,'pivot_guessed',pivot_guessed)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_keys, _type_overrides, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_overrides, _return_type):
 def __init__(self,keys:_type_keys,overrides:_type_overrides=_HAS_DEFAULT_FACTORY)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'keys',keys)
  __dataclass_builtins_object__.__setattr__(self,'overrides',_dflt_overrides() if overrides is _HAS_DEFAULT_FACTORY else overrides)
 return __init__
CODE["def __create_fn__(_type_keys, _type_overrides, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_overrides, _return_type):\n def __init__(self,keys:_type_keys,overrides:_type_overrides=_HAS_DEFAULT_FACTORY)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'keys',keys)\n  __dataclass_builtins_object__.__setattr__(self,'overrides',_dflt_overrides() if overrides is _HAS_DEFAULT_FACTORY else overrides)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_seen, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,kind:_type_kind,seen:_type_seen,start:_type_start,end:_type_end)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'seen',seen)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
 return __init__
CODE["def __create_fn__(_type_kind, _type_seen, _type_start, _type_end, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,kind:_type_kind,seen:_type_seen,start:_type_start,end:_type_end)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'seen',seen)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_kind, _type_source, _type_flags, _type_comment, _type_langs, _type_max_words, _type_needs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_langs, _dflt_max_words, _dflt_needs, _return_type):
 def __init__(self,kind:_type_kind,source:_type_source,flags:_type_flags,comment:_type_comment,langs:_type_langs=_dflt_langs,max_words:_type_max_words=_dflt_max_words,needs:_type_needs=_dflt_needs)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'kind',kind)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'flags',flags)
  __dataclass_builtins_object__.__setattr__(self,'comment',comment)
  __dataclass_builtins_object__.__setattr__(self,'langs',langs)
  __dataclass_builtins_object__.__setattr__(self,'max_words',max_words)
  __dataclass_builtins_object__.__setattr__(self,'needs',needs)
 return __init__
CODE["def __create_fn__(_type_kind, _type_source, _type_flags, _type_comment, _type_langs, _type_max_words, _type_needs, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_langs, _dflt_max_words, _dflt_needs, _return_type):\n def __init__(self,kind:_type_kind,source:_type_source,flags:_type_flags,comment:_type_comment,langs:_type_langs=_dflt_langs,max_words:_type_max_words=_dflt_max_words,needs:_type_needs=_dflt_needs)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'kind',kind)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'flags',flags)\n  __dataclass_builtins_object__.__setattr__(self,'comment',comment)\n  __dataclass_builtins_object__.__setattr__(self,'langs',langs)\n  __dataclass_builtins_object__.__setattr__(self,'max_words',max_words)\n  __dataclass_builtins_object__.__setattr__(self,'needs',needs)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_lang, _type_category, _type_severity, _type_note, _type_span, _type_reviewer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_span, _dflt_reviewer, _return_type):
 def __init__(self,lang:_type_lang,category:_type_category,severity:_type_severity,note:_type_note=_dflt_note,span:_type_span=_dflt_span,reviewer:_type_reviewer=_dflt_reviewer)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'category',category)
  __dataclass_builtins_object__.__setattr__(self,'severity',severity)
  __dataclass_builtins_object__.__setattr__(self,'note',note)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)
 return __init__
CODE["def __create_fn__(_type_lang, _type_category, _type_severity, _type_note, _type_span, _type_reviewer, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_note, _dflt_span, _dflt_reviewer, _return_type):\n def __init__(self,lang:_type_lang,category:_type_category,severity:_type_severity,note:_type_note=_dflt_note,span:_type_span=_dflt_span,reviewer:_type_reviewer=_dflt_reviewer)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'category',category)\n  __dataclass_builtins_object__.__setattr__(self,'severity',severity)\n  __dataclass_builtins_object__.__setattr__(self,'note',note)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_lengths, _type_keys, _type_words, _type_tokens, _type_base_keys, _type_kinds, _type_paragraphs, _type_script, _type_unmatched, _type_learnt, _type_texts, _type_merge_cost, _type_joins, _type_paired_paragraph, _type_skip_adjust, _type_insert_share, _type_lacks_kept, _type_continues, _type_alone_credit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unmatched, _dflt_learnt, _dflt_texts, _dflt_merge_cost, _dflt_joins, _dflt_paired_paragraph, _dflt_skip_adjust, _dflt_insert_share, _dflt_lacks_kept, _dflt_continues, _dflt_alone_credit, _return_type):
 def __init__(self,lengths:_type_lengths,keys:_type_keys,words:_type_words,tokens:_type_tokens,base_keys:_type_base_keys,kinds:_type_kinds,paragraphs:_type_paragraphs,script:_type_script,unmatched:_type_unmatched=_HAS_DEFAULT_FACTORY,learnt:_type_learnt=_dflt_learnt,texts:_type_texts=_dflt_texts,merge_cost:_type_merge_cost=_dflt_merge_cost,joins:_type_joins=_dflt_joins,paired_paragraph:_type_paired_paragraph=_dflt_paired_paragraph,skip_adjust:_type_skip_adjust=_dflt_skip_adjust,insert_share:_type_insert_share=_dflt_insert_share,lacks_kept:_type_lacks_kept=_dflt_lacks_kept,continues:_type_continues=_dflt_continues,alone_credit:_type_alone_credit=_dflt_alone_credit)->_return_type:
  self.lengths=lengths
  self.keys=keys
  self.words=words
  self.tokens=tokens
  self.base_keys=base_keys
  self.kinds=kinds
  self.paragraphs=paragraphs
  self.script=script
  self.unmatched=_dflt_unmatched() if unmatched is _HAS_DEFAULT_FACTORY else unmatched
  self.learnt=learnt
  self.texts=texts
  self.merge_cost=merge_cost
  self.joins=joins
  self.paired_paragraph=paired_paragraph
  self.skip_adjust=skip_adjust
  self.insert_share=insert_share
  self.lacks_kept=lacks_kept
  self.continues=continues
  self.alone_credit=alone_credit
 return __init__
CODE['def __create_fn__(_type_lengths, _type_keys, _type_words, _type_tokens, _type_base_keys, _type_kinds, _type_paragraphs, _type_script, _type_unmatched, _type_learnt, _type_texts, _type_merge_cost, _type_joins, _type_paired_paragraph, _type_skip_adjust, _type_insert_share, _type_lacks_kept, _type_continues, _type_alone_credit, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_unmatched, _dflt_learnt, _dflt_texts, _dflt_merge_cost, _dflt_joins, _dflt_paired_paragraph, _dflt_skip_adjust, _dflt_insert_share, _dflt_lacks_kept, _dflt_continues, _dflt_alone_credit, _return_type):\n def __init__(self,lengths:_type_lengths,keys:_type_keys,words:_type_words,tokens:_type_tokens,base_keys:_type_base_keys,kinds:_type_kinds,paragraphs:_type_paragraphs,script:_type_script,unmatched:_type_unmatched=_HAS_DEFAULT_FACTORY,learnt:_type_learnt=_dflt_learnt,texts:_type_texts=_dflt_texts,merge_cost:_type_merge_cost=_dflt_merge_cost,joins:_type_joins=_dflt_joins,paired_paragraph:_type_paired_paragraph=_dflt_paired_paragraph,skip_adjust:_type_skip_adjust=_dflt_skip_adjust,insert_share:_type_insert_share=_dflt_insert_share,lacks_kept:_type_lacks_kept=_dflt_lacks_kept,continues:_type_continues=_dflt_continues,alone_credit:_type_alone_credit=_dflt_alone_credit)->_return_type:\n  self.lengths=lengths\n  self.keys=keys\n  self.words=words\n  self.tokens=tokens\n  self.base_keys=base_keys\n  self.kinds=kinds\n  self.paragraphs=paragraphs\n  self.script=script\n  self.unmatched=_dflt_unmatched() if unmatched is _HAS_DEFAULT_FACTORY else unmatched\n  self.learnt=learnt\n  self.texts=texts\n  self.merge_cost=merge_cost\n  self.joins=joins\n  self.paired_paragraph=paired_paragraph\n  self.skip_adjust=skip_adjust\n  self.insert_share=insert_share\n  self.lacks_kept=lacks_kept\n  self.continues=continues\n  self.alone_credit=alone_credit\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__
CODE["def __create_fn__(_type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_ordinal, _type_label, _type_line, _type_start, _type_end, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,ordinal:_type_ordinal,label:_type_label,line:_type_line,start:_type_start,end:_type_end,span:_type_span)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'label',label)
  __dataclass_builtins_object__.__setattr__(self,'line',line)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'span',span)
 return __init__
CODE["def __create_fn__(_type_ordinal, _type_label, _type_line, _type_start, _type_end, _type_span, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,ordinal:_type_ordinal,label:_type_label,line:_type_line,start:_type_start,end:_type_end,span:_type_span)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'label',label)\n  __dataclass_builtins_object__.__setattr__(self,'line',line)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'span',span)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_ordinal, _type_paragraph, _type_start, _type_end, _type_text, _type_boilerplate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_boilerplate, _return_type):
 def __init__(self,ordinal:_type_ordinal,paragraph:_type_paragraph,start:_type_start,end:_type_end,text:_type_text,boilerplate:_type_boilerplate=_dflt_boilerplate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)
  __dataclass_builtins_object__.__setattr__(self,'paragraph',paragraph)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'boilerplate',boilerplate)
 return __init__
CODE["def __create_fn__(_type_ordinal, _type_paragraph, _type_start, _type_end, _type_text, _type_boilerplate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_boilerplate, _return_type):\n def __init__(self,ordinal:_type_ordinal,paragraph:_type_paragraph,start:_type_start,end:_type_end,text:_type_text,boilerplate:_type_boilerplate=_dflt_boilerplate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'ordinal',ordinal)\n  __dataclass_builtins_object__.__setattr__(self,'paragraph',paragraph)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'boilerplate',boilerplate)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_pairs, _type_src_mass, _type_tgt_mass, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,pairs:_type_pairs,src_mass:_type_src_mass,tgt_mass:_type_tgt_mass)->_return_type:
  self.pairs=pairs
  self.src_mass=src_mass
  self.tgt_mass=tgt_mass
 return __init__
CODE['def __create_fn__(_type_pairs, _type_src_mass, _type_tgt_mass, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,pairs:_type_pairs,src_mass:_type_src_mass,tgt_mass:_type_tgt_mass)->_return_type:\n  self.pairs=pairs\n  self.src_mass=src_mass\n  self.tgt_mass=tgt_mass\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_path, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,message:_type_message)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'message',message)
 return __init__
CODE["def __create_fn__(_type_path, _type_message, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,message:_type_message)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'message',message)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,path:_type_path,sha256:_type_sha256)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
 return __init__
CODE["def __create_fn__(_type_path, _type_sha256, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,path:_type_path,sha256:_type_sha256)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_source, _type_text, _type_encoding, _type_sha256, _type_lang_hint, _type_warnings, _type_notes, _type_subtitles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang_hint, _dflt_warnings, _dflt_notes, _dflt_subtitles, _return_type):
 def __init__(self,path:_type_path,source:_type_source,text:_type_text,encoding:_type_encoding,sha256:_type_sha256,lang_hint:_type_lang_hint=_dflt_lang_hint,warnings:_type_warnings=_dflt_warnings,notes:_type_notes=_dflt_notes,subtitles:_type_subtitles=_dflt_subtitles)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'lang_hint',lang_hint)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
  __dataclass_builtins_object__.__setattr__(self,'notes',notes)
  __dataclass_builtins_object__.__setattr__(self,'subtitles',subtitles)
 return __init__
CODE["def __create_fn__(_type_path, _type_source, _type_text, _type_encoding, _type_sha256, _type_lang_hint, _type_warnings, _type_notes, _type_subtitles, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_lang_hint, _dflt_warnings, _dflt_notes, _dflt_subtitles, _return_type):\n def __init__(self,path:_type_path,source:_type_source,text:_type_text,encoding:_type_encoding,sha256:_type_sha256,lang_hint:_type_lang_hint=_dflt_lang_hint,warnings:_type_warnings=_dflt_warnings,notes:_type_notes=_dflt_notes,subtitles:_type_subtitles=_dflt_subtitles)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'lang_hint',lang_hint)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n  __dataclass_builtins_object__.__setattr__(self,'notes',notes)\n  __dataclass_builtins_object__.__setattr__(self,'subtitles',subtitles)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_path, _type_source, _type_text, _type_lang, _type_sha256, _type_encoding, _type_lang_confidence, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_lang_confidence, _dflt_warnings, _return_type):
 def __init__(self,path:_type_path,source:_type_source,text:_type_text,lang:_type_lang,sha256:_type_sha256,encoding:_type_encoding=_dflt_encoding,lang_confidence:_type_lang_confidence=_dflt_lang_confidence,warnings:_type_warnings=_dflt_warnings)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'path',path)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'lang',lang)
  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'lang_confidence',lang_confidence)
  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)
 return __init__
CODE["def __create_fn__(_type_path, _type_source, _type_text, _type_lang, _type_sha256, _type_encoding, _type_lang_confidence, _type_warnings, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_encoding, _dflt_lang_confidence, _dflt_warnings, _return_type):\n def __init__(self,path:_type_path,source:_type_source,text:_type_text,lang:_type_lang,sha256:_type_sha256,encoding:_type_encoding=_dflt_encoding,lang_confidence:_type_lang_confidence=_dflt_lang_confidence,warnings:_type_warnings=_dflt_warnings)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'path',path)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'lang',lang)\n  __dataclass_builtins_object__.__setattr__(self,'sha256',sha256)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'lang_confidence',lang_confidence)\n  __dataclass_builtins_object__.__setattr__(self,'warnings',warnings)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_prior, _type_threshold, _type_before_length, _type_after_length, _type_before, _type_after, _type_words, _type_longest, _type_quote, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,prior:_type_prior,threshold:_type_threshold,before_length:_type_before_length,after_length:_type_after_length,before:_type_before,after:_type_after,words:_type_words,longest:_type_longest,quote:_type_quote)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'prior',prior)
  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)
  __dataclass_builtins_object__.__setattr__(self,'before_length',before_length)
  __dataclass_builtins_object__.__setattr__(self,'after_length',after_length)
  __dataclass_builtins_object__.__setattr__(self,'before',before)
  __dataclass_builtins_object__.__setattr__(self,'after',after)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'longest',longest)
  __dataclass_builtins_object__.__setattr__(self,'quote',quote)
 return __init__
CODE["def __create_fn__(_type_prior, _type_threshold, _type_before_length, _type_after_length, _type_before, _type_after, _type_words, _type_longest, _type_quote, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,prior:_type_prior,threshold:_type_threshold,before_length:_type_before_length,after_length:_type_after_length,before:_type_before,after:_type_after,words:_type_words,longest:_type_longest,quote:_type_quote)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'prior',prior)\n  __dataclass_builtins_object__.__setattr__(self,'threshold',threshold)\n  __dataclass_builtins_object__.__setattr__(self,'before_length',before_length)\n  __dataclass_builtins_object__.__setattr__(self,'after_length',after_length)\n  __dataclass_builtins_object__.__setattr__(self,'before',before)\n  __dataclass_builtins_object__.__setattr__(self,'after',after)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'longest',longest)\n  __dataclass_builtins_object__.__setattr__(self,'quote',quote)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rel, _type_source, _type_root, _type_real_root, _type_encoding, _type_max_bytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rel:_type_rel,source:_type_source,root:_type_root,real_root:_type_real_root,encoding:_type_encoding,max_bytes:_type_max_bytes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rel',rel)
  __dataclass_builtins_object__.__setattr__(self,'source',source)
  __dataclass_builtins_object__.__setattr__(self,'root',root)
  __dataclass_builtins_object__.__setattr__(self,'real_root',real_root)
  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)
  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)
 return __init__
CODE["def __create_fn__(_type_rel, _type_source, _type_root, _type_real_root, _type_encoding, _type_max_bytes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rel:_type_rel,source:_type_source,root:_type_root,real_root:_type_real_root,encoding:_type_encoding,max_bytes:_type_max_bytes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rel',rel)\n  __dataclass_builtins_object__.__setattr__(self,'source',source)\n  __dataclass_builtins_object__.__setattr__(self,'root',root)\n  __dataclass_builtins_object__.__setattr__(self,'real_root',real_root)\n  __dataclass_builtins_object__.__setattr__(self,'encoding',encoding)\n  __dataclass_builtins_object__.__setattr__(self,'max_bytes',max_bytes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rows, _type_fixes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rows:_type_rows,fixes:_type_fixes)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'fixes',fixes)
 return __init__
CODE["def __create_fn__(_type_rows, _type_fixes, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rows:_type_rows,fixes:_type_fixes)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'fixes',fixes)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rows, _type_how, _type_orphans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,rows:_type_rows,how:_type_how,orphans:_type_orphans)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'how',how)
  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)
 return __init__
CODE["def __create_fn__(_type_rows, _type_how, _type_orphans, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,rows:_type_rows,how:_type_how,orphans:_type_orphans)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'how',how)\n  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_rows, _type_overrides, _type_orphans, _type_aligned, _type_alignment, _type_alignment_orphans, _type_dismissed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alignment_orphans, _dflt_dismissed, _return_type):
 def __init__(self,rows:_type_rows,overrides:_type_overrides,orphans:_type_orphans,aligned:_type_aligned,alignment:_type_alignment,alignment_orphans:_type_alignment_orphans=_dflt_alignment_orphans,dismissed:_type_dismissed=_dflt_dismissed)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'rows',rows)
  __dataclass_builtins_object__.__setattr__(self,'overrides',overrides)
  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)
  __dataclass_builtins_object__.__setattr__(self,'aligned',aligned)
  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)
  __dataclass_builtins_object__.__setattr__(self,'alignment_orphans',alignment_orphans)
  __dataclass_builtins_object__.__setattr__(self,'dismissed',dismissed)
 return __init__
CODE["def __create_fn__(_type_rows, _type_overrides, _type_orphans, _type_aligned, _type_alignment, _type_alignment_orphans, _type_dismissed, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alignment_orphans, _dflt_dismissed, _return_type):\n def __init__(self,rows:_type_rows,overrides:_type_overrides,orphans:_type_orphans,aligned:_type_aligned,alignment:_type_alignment,alignment_orphans:_type_alignment_orphans=_dflt_alignment_orphans,dismissed:_type_dismissed=_dflt_dismissed)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'rows',rows)\n  __dataclass_builtins_object__.__setattr__(self,'overrides',overrides)\n  __dataclass_builtins_object__.__setattr__(self,'orphans',orphans)\n  __dataclass_builtins_object__.__setattr__(self,'aligned',aligned)\n  __dataclass_builtins_object__.__setattr__(self,'alignment',alignment)\n  __dataclass_builtins_object__.__setattr__(self,'alignment_orphans',alignment_orphans)\n  __dataclass_builtins_object__.__setattr__(self,'dismissed',dismissed)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_src, _type_tgt, _type_options, _type_ratio, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,src:_type_src,tgt:_type_tgt,options:_type_options,ratio:_type_ratio)->_return_type:
  self.src=src
  self.tgt=tgt
  self.options=options
  self.ratio=ratio
 return __init__
CODE['def __create_fn__(_type_src, _type_tgt, _type_options, _type_ratio, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,src:_type_src,tgt:_type_tgt,options:_type_options,ratio:_type_ratio)->_return_type:\n  self.src=src\n  self.tgt=tgt\n  self.options=options\n  self.ratio=ratio\n return __init__'] = __create_fn__.__code__

def __create_fn__(_type_state, _type_reviewer, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,state:_type_state,reviewer:_type_reviewer,updated:_type_updated)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'state',state)
  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)
  __dataclass_builtins_object__.__setattr__(self,'updated',updated)
 return __init__
CODE["def __create_fn__(_type_state, _type_reviewer, _type_updated, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,state:_type_state,reviewer:_type_reviewer,updated:_type_updated)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'state',state)\n  __dataclass_builtins_object__.__setattr__(self,'reviewer',reviewer)\n  __dataclass_builtins_object__.__setattr__(self,'updated',updated)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_tables, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,tables:_type_tables)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'tables',tables)
 return __init__
CODE["def __create_fn__(_type_tables, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,tables:_type_tables)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'tables',tables)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_content, _type_content_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,text:_type_text,content:_type_content,content_text:_type_content_text)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'content',content)
  __dataclass_builtins_object__.__setattr__(self,'content_text',content_text)
 return __init__
CODE["def __create_fn__(_type_text, _type_content, _type_content_text, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,text:_type_text,content:_type_content,content_text:_type_content_text)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'content',content)\n  __dataclass_builtins_object__.__setattr__(self,'content_text',content_text)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_text, _type_spans, _type_narrow, _type_boilerplate_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_spans, _dflt_narrow, _dflt_boilerplate_only, _return_type):
 def __init__(self,text:_type_text,spans:_type_spans=_dflt_spans,narrow:_type_narrow=_dflt_narrow,boilerplate_only:_type_boilerplate_only=_dflt_boilerplate_only)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'text',text)
  __dataclass_builtins_object__.__setattr__(self,'spans',spans)
  __dataclass_builtins_object__.__setattr__(self,'narrow',narrow)
  __dataclass_builtins_object__.__setattr__(self,'boilerplate_only',boilerplate_only)
 return __init__
CODE["def __create_fn__(_type_text, _type_spans, _type_narrow, _type_boilerplate_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_spans, _dflt_narrow, _dflt_boilerplate_only, _return_type):\n def __init__(self,text:_type_text,spans:_type_spans=_dflt_spans,narrow:_type_narrow=_dflt_narrow,boilerplate_only:_type_boilerplate_only=_dflt_boilerplate_only)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'text',text)\n  __dataclass_builtins_object__.__setattr__(self,'spans',spans)\n  __dataclass_builtins_object__.__setattr__(self,'narrow',narrow)\n  __dataclass_builtins_object__.__setattr__(self,'boilerplate_only',boilerplate_only)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_titles, _type_general, _type_starters, _type_months, _type_ordinal_after, _type_before_number, _type_list_enders, _type_name_enders, _type_company_forms, _type_continuers, _type_one_letter_words, _type_lower_starters, _type_reporting_verbs, _type_lower_after_question, _type_lower_after_stop, _type_lower_after_number, _type_ordinal_after_name, _type_candidate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,titles:_type_titles,general:_type_general,starters:_type_starters,months:_type_months,ordinal_after:_type_ordinal_after,before_number:_type_before_number,list_enders:_type_list_enders,name_enders:_type_name_enders,company_forms:_type_company_forms,continuers:_type_continuers,one_letter_words:_type_one_letter_words,lower_starters:_type_lower_starters,reporting_verbs:_type_reporting_verbs,lower_after_question:_type_lower_after_question,lower_after_stop:_type_lower_after_stop,lower_after_number:_type_lower_after_number,ordinal_after_name:_type_ordinal_after_name,candidate:_type_candidate)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'titles',titles)
  __dataclass_builtins_object__.__setattr__(self,'general',general)
  __dataclass_builtins_object__.__setattr__(self,'starters',starters)
  __dataclass_builtins_object__.__setattr__(self,'months',months)
  __dataclass_builtins_object__.__setattr__(self,'ordinal_after',ordinal_after)
  __dataclass_builtins_object__.__setattr__(self,'before_number',before_number)
  __dataclass_builtins_object__.__setattr__(self,'list_enders',list_enders)
  __dataclass_builtins_object__.__setattr__(self,'name_enders',name_enders)
  __dataclass_builtins_object__.__setattr__(self,'company_forms',company_forms)
  __dataclass_builtins_object__.__setattr__(self,'continuers',continuers)
  __dataclass_builtins_object__.__setattr__(self,'one_letter_words',one_letter_words)
  __dataclass_builtins_object__.__setattr__(self,'lower_starters',lower_starters)
  __dataclass_builtins_object__.__setattr__(self,'reporting_verbs',reporting_verbs)
  __dataclass_builtins_object__.__setattr__(self,'lower_after_question',lower_after_question)
  __dataclass_builtins_object__.__setattr__(self,'lower_after_stop',lower_after_stop)
  __dataclass_builtins_object__.__setattr__(self,'lower_after_number',lower_after_number)
  __dataclass_builtins_object__.__setattr__(self,'ordinal_after_name',ordinal_after_name)
  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)
 return __init__
CODE["def __create_fn__(_type_titles, _type_general, _type_starters, _type_months, _type_ordinal_after, _type_before_number, _type_list_enders, _type_name_enders, _type_company_forms, _type_continuers, _type_one_letter_words, _type_lower_starters, _type_reporting_verbs, _type_lower_after_question, _type_lower_after_stop, _type_lower_after_number, _type_ordinal_after_name, _type_candidate, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,titles:_type_titles,general:_type_general,starters:_type_starters,months:_type_months,ordinal_after:_type_ordinal_after,before_number:_type_before_number,list_enders:_type_list_enders,name_enders:_type_name_enders,company_forms:_type_company_forms,continuers:_type_continuers,one_letter_words:_type_one_letter_words,lower_starters:_type_lower_starters,reporting_verbs:_type_reporting_verbs,lower_after_question:_type_lower_after_question,lower_after_stop:_type_lower_after_stop,lower_after_number:_type_lower_after_number,ordinal_after_name:_type_ordinal_after_name,candidate:_type_candidate)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'titles',titles)\n  __dataclass_builtins_object__.__setattr__(self,'general',general)\n  __dataclass_builtins_object__.__setattr__(self,'starters',starters)\n  __dataclass_builtins_object__.__setattr__(self,'months',months)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal_after',ordinal_after)\n  __dataclass_builtins_object__.__setattr__(self,'before_number',before_number)\n  __dataclass_builtins_object__.__setattr__(self,'list_enders',list_enders)\n  __dataclass_builtins_object__.__setattr__(self,'name_enders',name_enders)\n  __dataclass_builtins_object__.__setattr__(self,'company_forms',company_forms)\n  __dataclass_builtins_object__.__setattr__(self,'continuers',continuers)\n  __dataclass_builtins_object__.__setattr__(self,'one_letter_words',one_letter_words)\n  __dataclass_builtins_object__.__setattr__(self,'lower_starters',lower_starters)\n  __dataclass_builtins_object__.__setattr__(self,'reporting_verbs',reporting_verbs)\n  __dataclass_builtins_object__.__setattr__(self,'lower_after_question',lower_after_question)\n  __dataclass_builtins_object__.__setattr__(self,'lower_after_stop',lower_after_stop)\n  __dataclass_builtins_object__.__setattr__(self,'lower_after_number',lower_after_number)\n  __dataclass_builtins_object__.__setattr__(self,'ordinal_after_name',ordinal_after_name)\n  __dataclass_builtins_object__.__setattr__(self,'candidate',candidate)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_value, _type_start, _type_end, _type_words, _type_clear, _type_alone, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alone, _return_type):
 def __init__(self,value:_type_value,start:_type_start,end:_type_end,words:_type_words,clear:_type_clear,alone:_type_alone=_dflt_alone)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'value',value)
  __dataclass_builtins_object__.__setattr__(self,'start',start)
  __dataclass_builtins_object__.__setattr__(self,'end',end)
  __dataclass_builtins_object__.__setattr__(self,'words',words)
  __dataclass_builtins_object__.__setattr__(self,'clear',clear)
  __dataclass_builtins_object__.__setattr__(self,'alone',alone)
 return __init__
CODE["def __create_fn__(_type_value, _type_start, _type_end, _type_words, _type_clear, _type_alone, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _dflt_alone, _return_type):\n def __init__(self,value:_type_value,start:_type_start,end:_type_end,words:_type_words,clear:_type_clear,alone:_type_alone=_dflt_alone)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'value',value)\n  __dataclass_builtins_object__.__setattr__(self,'start',start)\n  __dataclass_builtins_object__.__setattr__(self,'end',end)\n  __dataclass_builtins_object__.__setattr__(self,'words',words)\n  __dataclass_builtins_object__.__setattr__(self,'clear',clear)\n  __dataclass_builtins_object__.__setattr__(self,'alone',alone)\n return __init__"] = __create_fn__.__code__

def __create_fn__(_type_width, _type_columns, _type_shown, _type_hide, _type_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):
 def __init__(self,width:_type_width,columns:_type_columns,shown:_type_shown,hide:_type_hide,only:_type_only)->_return_type:
  __dataclass_builtins_object__.__setattr__(self,'width',width)
  __dataclass_builtins_object__.__setattr__(self,'columns',columns)
  __dataclass_builtins_object__.__setattr__(self,'shown',shown)
  __dataclass_builtins_object__.__setattr__(self,'hide',hide)
  __dataclass_builtins_object__.__setattr__(self,'only',only)
 return __init__
CODE["def __create_fn__(_type_width, _type_columns, _type_shown, _type_hide, _type_only, MISSING, _HAS_DEFAULT_FACTORY, __dataclass_builtins_object__, _return_type):\n def __init__(self,width:_type_width,columns:_type_columns,shown:_type_shown,hide:_type_hide,only:_type_only)->_return_type:\n  __dataclass_builtins_object__.__setattr__(self,'width',width)\n  __dataclass_builtins_object__.__setattr__(self,'columns',columns)\n  __dataclass_builtins_object__.__setattr__(self,'shown',shown)\n  __dataclass_builtins_object__.__setattr__(self,'hide',hide)\n  __dataclass_builtins_object__.__setattr__(self,'only',only)\n return __init__"] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('aligned','alignment','orphans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'aligned\',\'alignment\',\'orphans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('alignment','cursor',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'alignment\',\'cursor\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('alignment','orphans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'alignment\',\'orphans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('anchor','kind',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'anchor\',\'kind\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('anchor','lang','check','reviewer','updated',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'anchor\',\'lang\',\'check\',\'reviewer\',\'updated\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('anchor','status','reviewer','updated','text','errors',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'anchor\',\'status\',\'reviewer\',\'updated\',\'text\',\'errors\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('anchor','text','statuses','errors','row',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'anchor\',\'text\',\'statuses\',\'errors\',\'row\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cells','confidence','unmatched','inserted',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'cells\',\'confidence\',\'unmatched\',\'inserted\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('cells','state','reviewer','updated','text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'cells\',\'state\',\'reviewer\',\'updated\',\'text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('check','lang','severity','message','spans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'check\',\'lang\',\'severity\',\'message\',\'spans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('doubtful_confidence','reach','band','skip','margin','prior','length','witness','far_at','far_cost','local','joined_mean','model_upto','settle','lone_margin',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'doubtful_confidence\',\'reach\',\'band\',\'skip\',\'margin\',\'prior\',\'length\',\'witness\',\'far_at\',\'far_cost\',\'local\',\'joined_mean\',\'model_upto\',\'settle\',\'lone_margin\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('features','paragraphs','source_urls','boundaries','sentences','chars','marks','sentence_ends','questions','quotes','katakana',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'features\',\'paragraphs\',\'source_urls\',\'boundaries\',\'sentences\',\'chars\',\'marks\',\'sentence_ends\',\'questions\',\'quotes\',\'katakana\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','raters','disagreements','kappa','shared',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'raters\',\'disagreements\',\'kappa\',\'shared\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('file','raw','set_aside','problem',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'file\',\'raw\',\'set_aside\',\'problem\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('files','problems',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'files\',\'problems\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('format','text','cues','warnings','notes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'format\',\'text\',\'cues\',\'warnings\',\'notes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('group','documents','segments','rows','findings','error',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'group\',\'documents\',\'segments\',\'rows\',\'findings\',\'error\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('group','languages','rows','reviewed','findings','left','doubtful','doubtful_left',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'group\',\'languages\',\'rows\',\'reviewed\',\'findings\',\'left\',\'doubtful\',\'doubtful_left\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('group','pivot','documents','annotations','boilerplate','alignment','dismissed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'group\',\'pivot\',\'documents\',\'annotations\',\'boilerplate\',\'alignment\',\'dismissed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('group','pivot','row','anchor','languages','texts','annotation','findings','boilerplate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'group\',\'pivot\',\'row\',\'anchor\',\'languages\',\'texts\',\'annotation\',\'findings\',\'boilerplate\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('id','pivot','members','pivot_guessed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'id\',\'pivot\',\'members\',\'pivot_guessed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('keys','overrides',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'keys\',\'overrides\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','seen','start','end',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'seen\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('kind','source','flags','comment','langs','max_words','needs',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'kind\',\'source\',\'flags\',\'comment\',\'langs\',\'max_words\',\'needs\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('lang','category','severity','note','span','reviewer',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'lang\',\'category\',\'severity\',\'note\',\'span\',\'reviewer\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ordinal','label','line','start','end','span',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ordinal\',\'label\',\'line\',\'start\',\'end\',\'span\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('ordinal','paragraph','start','end','text','boilerplate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'ordinal\',\'paragraph\',\'start\',\'end\',\'text\',\'boilerplate\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','message',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'message\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','sha256',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'sha256\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','source','text','encoding','sha256','lang_hint','warnings','notes','subtitles',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'source\',\'text\',\'encoding\',\'sha256\',\'lang_hint\',\'warnings\',\'notes\',\'subtitles\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('path','source','text','lang','sha256','encoding','lang_confidence','warnings',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'path\',\'source\',\'text\',\'lang\',\'sha256\',\'encoding\',\'lang_confidence\',\'warnings\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('prior','threshold','before_length','after_length','before','after','words','longest','quote',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'prior\',\'threshold\',\'before_length\',\'after_length\',\'before\',\'after\',\'words\',\'longest\',\'quote\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('priors','cross_priors','han_priors','variance','cross_variance','lexical_weight','paragraph_penalty','skip','skip_per_unit','unmatched_discount','orphan','orphan_mass','group_orphan_mass','lonely_skip','lonely_skip_src','lonely_free','thai_lonely_free','lonely_cap','lonely_unbalanced','paragraph_lonely','boilerplate_skip','boilerplate_match','prior_weight','prior_min_beads','learnt_shapes','band','doubtful','refine_band','bootstrap','witnesses','witness_merge','witness_words','witness_stem','lexicon_span','lexicon_min_beads','relearn_min_count','corpus_token_letters','ratio_prior_chars','max_df','model1_weight','cross_model1_weight','model1_min_pairs','model1_scale','paragraph_cross','paragraph_cross_witnessed','paragraph_balance','balance_limit','balance_credit','balance_neighbour','variance_prior_beads','variance_floor','semantic',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'priors\',\'cross_priors\',\'han_priors\',\'variance\',\'cross_variance\',\'lexical_weight\',\'paragraph_penalty\',\'skip\',\'skip_per_unit\',\'unmatched_discount\',\'orphan\',\'orphan_mass\',\'group_orphan_mass\',\'lonely_skip\',\'lonely_skip_src\',\'lonely_free\',\'thai_lonely_free\',\'lonely_cap\',\'lonely_unbalanced\',\'paragraph_lonely\',\'boilerplate_skip\',\'boilerplate_match\',\'prior_weight\',\'prior_min_beads\',\'learnt_shapes\',\'band\',\'doubtful\',\'refine_band\',\'bootstrap\',\'witnesses\',\'witness_merge\',\'witness_words\',\'witness_stem\',\'lexicon_span\',\'lexicon_min_beads\',\'relearn_min_count\',\'corpus_token_letters\',\'ratio_prior_chars\',\'max_df\',\'model1_weight\',\'cross_model1_weight\',\'model1_min_pairs\',\'model1_scale\',\'paragraph_cross\',\'paragraph_cross_witnessed\',\'paragraph_balance\',\'balance_limit\',\'balance_credit\',\'balance_neighbour\',\'variance_prior_beads\',\'variance_floor\',\'semantic\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rel','source','root','real_root','encoding','max_bytes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rel\',\'source\',\'root\',\'real_root\',\'encoding\',\'max_bytes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rows','fixes',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rows\',\'fixes\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rows','how','orphans',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rows\',\'how\',\'orphans\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('rows','overrides','orphans','aligned','alignment','alignment_orphans','dismissed',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'rows\',\'overrides\',\'orphans\',\'aligned\',\'alignment\',\'alignment_orphans\',\'dismissed\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('state','reviewer','updated',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'state\',\'reviewer\',\'updated\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('tables',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'tables\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','content','content_text',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'content\',\'content_text\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('text','spans','narrow','boilerplate_only',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'text\',\'spans\',\'narrow\',\'boilerplate_only\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('titles','general','starters','months','ordinal_after','before_number','list_enders','name_enders','company_forms','continuers','one_letter_words','lower_starters','reporting_verbs','lower_after_question','lower_after_stop','lower_after_number','ordinal_after_name','candidate',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'titles\',\'general\',\'starters\',\'months\',\'ordinal_after\',\'before_number\',\'list_enders\',\'name_enders\',\'company_forms\',\'continuers\',\'one_letter_words\',\'lower_starters\',\'reporting_verbs\',\'lower_after_question\',\'lower_after_stop\',\'lower_after_number\',\'ordinal_after_name\',\'candidate\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('value','start','end','words','clear','alone',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'value\',\'start\',\'end\',\'words\',\'clear\',\'alone\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __delattr__(self,name):
  if type(self) is cls or name in ('width','columns','shown','hide','only',):
   raise FrozenInstanceError(f"cannot delete field {name!r}")
  super(cls, self).__delattr__(name)
 return __delattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __delattr__(self,name):\n  if type(self) is cls or name in (\'width\',\'columns\',\'shown\',\'hide\',\'only\',):\n   raise FrozenInstanceError(f"cannot delete field {name!r}")\n  super(cls, self).__delattr__(name)\n return __delattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('aligned','alignment','orphans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'aligned\',\'alignment\',\'orphans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('alignment','cursor',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'alignment\',\'cursor\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('alignment','orphans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'alignment\',\'orphans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('anchor','kind',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'anchor\',\'kind\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('anchor','lang','check','reviewer','updated',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'anchor\',\'lang\',\'check\',\'reviewer\',\'updated\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('anchor','status','reviewer','updated','text','errors',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'anchor\',\'status\',\'reviewer\',\'updated\',\'text\',\'errors\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('anchor','text','statuses','errors','row',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'anchor\',\'text\',\'statuses\',\'errors\',\'row\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cells','confidence','unmatched','inserted',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'cells\',\'confidence\',\'unmatched\',\'inserted\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('cells','state','reviewer','updated','text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'cells\',\'state\',\'reviewer\',\'updated\',\'text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('check','lang','severity','message','spans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'check\',\'lang\',\'severity\',\'message\',\'spans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('doubtful_confidence','reach','band','skip','margin','prior','length','witness','far_at','far_cost','local','joined_mean','model_upto','settle','lone_margin',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'doubtful_confidence\',\'reach\',\'band\',\'skip\',\'margin\',\'prior\',\'length\',\'witness\',\'far_at\',\'far_cost\',\'local\',\'joined_mean\',\'model_upto\',\'settle\',\'lone_margin\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('features','paragraphs','source_urls','boundaries','sentences','chars','marks','sentence_ends','questions','quotes','katakana',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'features\',\'paragraphs\',\'source_urls\',\'boundaries\',\'sentences\',\'chars\',\'marks\',\'sentence_ends\',\'questions\',\'quotes\',\'katakana\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','raters','disagreements','kappa','shared',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'raters\',\'disagreements\',\'kappa\',\'shared\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('file','raw','set_aside','problem',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'file\',\'raw\',\'set_aside\',\'problem\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('files','problems',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'files\',\'problems\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('format','text','cues','warnings','notes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'format\',\'text\',\'cues\',\'warnings\',\'notes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('group','documents','segments','rows','findings','error',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'group\',\'documents\',\'segments\',\'rows\',\'findings\',\'error\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('group','languages','rows','reviewed','findings','left','doubtful','doubtful_left',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'group\',\'languages\',\'rows\',\'reviewed\',\'findings\',\'left\',\'doubtful\',\'doubtful_left\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('group','pivot','documents','annotations','boilerplate','alignment','dismissed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'group\',\'pivot\',\'documents\',\'annotations\',\'boilerplate\',\'alignment\',\'dismissed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('group','pivot','row','anchor','languages','texts','annotation','findings','boilerplate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'group\',\'pivot\',\'row\',\'anchor\',\'languages\',\'texts\',\'annotation\',\'findings\',\'boilerplate\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('id','pivot','members','pivot_guessed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'id\',\'pivot\',\'members\',\'pivot_guessed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('keys','overrides',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'keys\',\'overrides\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','seen','start','end',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'seen\',\'start\',\'end\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('kind','source','flags','comment','langs','max_words','needs',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'kind\',\'source\',\'flags\',\'comment\',\'langs\',\'max_words\',\'needs\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('lang','category','severity','note','span','reviewer',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'lang\',\'category\',\'severity\',\'note\',\'span\',\'reviewer\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ordinal','label','line','start','end','span',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ordinal\',\'label\',\'line\',\'start\',\'end\',\'span\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('ordinal','paragraph','start','end','text','boilerplate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'ordinal\',\'paragraph\',\'start\',\'end\',\'text\',\'boilerplate\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','message',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'message\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','sha256',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'sha256\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','source','text','encoding','sha256','lang_hint','warnings','notes','subtitles',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'source\',\'text\',\'encoding\',\'sha256\',\'lang_hint\',\'warnings\',\'notes\',\'subtitles\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('path','source','text','lang','sha256','encoding','lang_confidence','warnings',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'path\',\'source\',\'text\',\'lang\',\'sha256\',\'encoding\',\'lang_confidence\',\'warnings\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('prior','threshold','before_length','after_length','before','after','words','longest','quote',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'prior\',\'threshold\',\'before_length\',\'after_length\',\'before\',\'after\',\'words\',\'longest\',\'quote\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('priors','cross_priors','han_priors','variance','cross_variance','lexical_weight','paragraph_penalty','skip','skip_per_unit','unmatched_discount','orphan','orphan_mass','group_orphan_mass','lonely_skip','lonely_skip_src','lonely_free','thai_lonely_free','lonely_cap','lonely_unbalanced','paragraph_lonely','boilerplate_skip','boilerplate_match','prior_weight','prior_min_beads','learnt_shapes','band','doubtful','refine_band','bootstrap','witnesses','witness_merge','witness_words','witness_stem','lexicon_span','lexicon_min_beads','relearn_min_count','corpus_token_letters','ratio_prior_chars','max_df','model1_weight','cross_model1_weight','model1_min_pairs','model1_scale','paragraph_cross','paragraph_cross_witnessed','paragraph_balance','balance_limit','balance_credit','balance_neighbour','variance_prior_beads','variance_floor','semantic',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'priors\',\'cross_priors\',\'han_priors\',\'variance\',\'cross_variance\',\'lexical_weight\',\'paragraph_penalty\',\'skip\',\'skip_per_unit\',\'unmatched_discount\',\'orphan\',\'orphan_mass\',\'group_orphan_mass\',\'lonely_skip\',\'lonely_skip_src\',\'lonely_free\',\'thai_lonely_free\',\'lonely_cap\',\'lonely_unbalanced\',\'paragraph_lonely\',\'boilerplate_skip\',\'boilerplate_match\',\'prior_weight\',\'prior_min_beads\',\'learnt_shapes\',\'band\',\'doubtful\',\'refine_band\',\'bootstrap\',\'witnesses\',\'witness_merge\',\'witness_words\',\'witness_stem\',\'lexicon_span\',\'lexicon_min_beads\',\'relearn_min_count\',\'corpus_token_letters\',\'ratio_prior_chars\',\'max_df\',\'model1_weight\',\'cross_model1_weight\',\'model1_min_pairs\',\'model1_scale\',\'paragraph_cross\',\'paragraph_cross_witnessed\',\'paragraph_balance\',\'balance_limit\',\'balance_credit\',\'balance_neighbour\',\'variance_prior_beads\',\'variance_floor\',\'semantic\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rel','source','root','real_root','encoding','max_bytes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rel\',\'source\',\'root\',\'real_root\',\'encoding\',\'max_bytes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rows','fixes',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rows\',\'fixes\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rows','how','orphans',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rows\',\'how\',\'orphans\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('rows','overrides','orphans','aligned','alignment','alignment_orphans','dismissed',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'rows\',\'overrides\',\'orphans\',\'aligned\',\'alignment\',\'alignment_orphans\',\'dismissed\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('state','reviewer','updated',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'state\',\'reviewer\',\'updated\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('tables',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'tables\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','content','content_text',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'content\',\'content_text\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('text','spans','narrow','boilerplate_only',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'text\',\'spans\',\'narrow\',\'boilerplate_only\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('titles','general','starters','months','ordinal_after','before_number','list_enders','name_enders','company_forms','continuers','one_letter_words','lower_starters','reporting_verbs','lower_after_question','lower_after_stop','lower_after_number','ordinal_after_name','candidate',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'titles\',\'general\',\'starters\',\'months\',\'ordinal_after\',\'before_number\',\'list_enders\',\'name_enders\',\'company_forms\',\'continuers\',\'one_letter_words\',\'lower_starters\',\'reporting_verbs\',\'lower_after_question\',\'lower_after_stop\',\'lower_after_number\',\'ordinal_after_name\',\'candidate\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('value','start','end','words','clear','alone',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'value\',\'start\',\'end\',\'words\',\'clear\',\'alone\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__

def __create_fn__(cls, FrozenInstanceError):
 def __setattr__(self,name,value):
  if type(self) is cls or name in ('width','columns','shown','hide','only',):
   raise FrozenInstanceError(f"cannot assign to field {name!r}")
  super(cls, self).__setattr__(name, value)
 return __setattr__
CODE['def __create_fn__(cls, FrozenInstanceError):\n def __setattr__(self,name,value):\n  if type(self) is cls or name in (\'width\',\'columns\',\'shown\',\'hide\',\'only\',):\n   raise FrozenInstanceError(f"cannot assign to field {name!r}")\n  super(cls, self).__setattr__(name, value)\n return __setattr__'] = __create_fn__.__code__
