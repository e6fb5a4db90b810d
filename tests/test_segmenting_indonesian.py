"""Indonesian classes of stop 36 (issue 15): read on news and encyclopedia text written for the
purpose, since the dev part of the public suites holds no error of ours any more
(docs/segmentation.md). Each class has cases that must split and cases that must not."""

from __future__ import annotations

import pytest

from reviewer.core.segmenting import segment

# Address parts, clergy titles, ranks and their corps, the salutation, date and time words:
# abbreviations before a name or a number, never a sentence end there.
NO_SPLIT = [
    "Kantornya berada di Jl. Gatot Subroto Kav. 52, Jakarta Selatan.",
    "Pertemuan berlangsung di Gedung Sate Lt. 3, Bandung.",
    "Info lebih lanjut: Telp. (021) 555-1234, Fax. (021) 555-1235.",
    "Rumahnya berada di Gg. Mawar, Kel. Sukamaju, Kec. Cibinong.",
    "Warga Kel. Sukamaju menggelar kerja bakti.",
    "Ia tinggal di Kp. Rambutan, Jakarta Timur.",
    "Prov. Jawa Barat memiliki 27 kabupaten dan kota.",
    "Misa dipimpin oleh Mgr. Ignatius Suharyo di Katedral Jakarta.",
    "Hadir pula Pdt. Gomar Gultom dan Romo Magnis.",
    "Upacara dipimpin oleh Brigjen. Pol. Ahmad Dofiri di halaman Mapolda.",
    "Ia pensiun dengan pangkat Letjen. TNI (Purn.) pada tahun itu.",
    "Kepada Yth. Bapak Gubernur Jawa Barat di Bandung.",
    "Pendaftaran ditutup tgl. 30 Juni pk. 16.00 WIB.",
    "Menurut UU No. 23 Th. 2014, desa berhak atas dana desa.",
    "Ia pindah ke Jakarta pada thn. 1998.",
    "Ia dijatuhi vonis 5 thn. 6 bln. penjara.",
    "Hal itu tertuang dalam QS. Al-Baqarah ayat 183.",
    "Tersangka dijerat Pasal 340 KUHP jo. Pasal 55 ayat (1) ke-1 KUHP.",
    "Menurut Ps. 1 ay. 2 UU tersebut, setiap orang berhak atas pekerjaan.",
    "Jurnal itu terbit di Vol. 5 No. 2, hlm. 10-25.",
    "Lihat Hal. 5 pada buku panduan.",
    # A degree before a title, before lower case, or before another degree goes on.
    "Budi Santoso, S.H. Kepala Dinas Pendidikan hadir.",
    "Bupati Bogor, Hj. Ade Yasin, S.H., M.H. meresmikan gedung itu.",
    "Ia meraih gelar Ph.D. dari Universitas Leiden.",
    # dkk. ("et al.") before its year in brackets or before lower case.
    "Menurut Wijaya dkk. (2019), metode ini efektif.",
    "Lagu itu dinyanyikan oleh Iwan Fals dkk. di Gelora Bung Karno.",
    # A listed company form before a title, as before (`Sony Corp. Chairman Howard Stringer`).
    "Saham PT Bank Central Asia Tbk. (BBCA) naik 2 persen.",
    # Stop 40 (UD_Indonesian-GSD dev read whole): a hospital's abbreviation before its name and
    # the English clergy title before a foreign name.
    "Ia dirawat di RS. Santo Borromeus di Bandung.",
    "Pasien dirujuk ke RSUD. Dr. Soetomo di Surabaya.",
    "Sebelum meninggalkan Indonesia, Rev. George W. White telah membentuk jemaat.",
]

SPLIT = [
    # A degree ends a name before a clause (a capitalised word, maybe with its comma, then a
    # lower-case one) or a starter word.
    "Gedung itu diresmikan oleh Budi Santoso, S.H. Menurutnya, gedung itu sudah lama ditunggu.",
    "Rapat dipimpin Wakil Bupati, Ir. H. Budi Raharjo, M.M. Rapat berlangsung tertutup.",
    "Ia meraih gelar Ph.D. Disertasinya membahas sejarah Aceh.",
    "Acara itu dibuka oleh Prof. Dr. Ari Kuncoro, S.E., M.A. Ia menyampaikan sambutan singkat.",
    # An abbreviated unit after a number, before a clause.
    "Ia meninggal pada usia 87 thn. Jenazahnya dimakamkan di TMP Kalibata.",
    # dkk. closes a list of authors before a capital.
    "Penelitian ini dilakukan oleh Wijaya dkk. Hasilnya dimuat dalam jurnal internasional.",
    # KEL. is an acronym here (Kawasan Ekosistem Leuser), not Kel. (kelurahan): before a
    # starter word it ends the sentence.
    "Jalan itu akan merusak KEL. Pada awal tahun 2006, mereka mendirikan pusat kajian.",
    # A word that is no abbreviation still ends a sentence (kol is cabbage, not kolonel).
    "Suami saya ingin makan sayur kol. Saya membelinya di pasar.",
    # hal is also a word ("matter"): it abbreviates halaman only before a number.
    "Rapat itu membahas banyak hal. Pertama, soal anggaran desa.",
    # A company form before a clause whose first word carries a comma.
    "Pemenangnya adalah PT Telkom Indonesia Tbk. Akibatnya, perusahaan lain mundur.",
    # RS. (rumah sakit) before a starter ends its sentence, as other general abbreviations do.
    "Korban langsung dilarikan ke RS. Setelah itu polisi memeriksa lokasi.",
]


@pytest.mark.parametrize("text", NO_SPLIT)
def test_indonesian_abbreviation_is_no_sentence_end(text: str) -> None:
    assert [s.text for s in segment(text, "id")] == [text]


@pytest.mark.parametrize("text", SPLIT)
def test_indonesian_sentence_end_after_abbreviation(text: str) -> None:
    assert len(segment(text, "id")) == 2, [s.text for s in segment(text, "id")]


def test_a_list_ender_before_a_bracket_goes_on_in_every_language() -> None:
    """`etc.` before a bracket goes on with it; before a capital it still ends its sentence."""
    assert len(segment("Apples, pears etc. (2019 prices) were sold.", "en")) == 1
    assert len(segment("Bus Stops) etc. Thanks, John", "en")) == 2
