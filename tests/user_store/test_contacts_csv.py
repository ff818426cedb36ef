"""Own contacts to and from CSV: checked first, all or nothing, safe in spreadsheets."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from send_routes import paths
from send_routes.core.contact_fields import CONTACT_COLUMNS
from send_routes.user_store import contacts_csv
from send_routes.user_store.contacts_csv import CsvError, apply_import, export_csv, preview_import
from send_routes.user_store.local_contacts import LocalContacts
from send_routes.user_store.user_db import StorageError

FORMULAS = ('=HYPERLINK("http://x")', "+SUM(A1)", "-2+3", "@cmd", "\tindented", "\rreturn")


def write_csv(path: Path, rows: list[dict[str, str]], encoding: str = "utf-8") -> Path:
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=CONTACT_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def rows_like(good: dict[str, str], count: int) -> list[dict[str, str]]:
    return [
        {**good, "id": f"advice-{n}", "organisation": f"Advice Group {n}"} for n in range(count)
    ]


def test_good_rows_are_previewed_then_added_in_one_go(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    path = write_csv(tmp_path / "mine.csv", rows_like(good_contact, 3))
    preview = preview_import(path, local)
    assert preview.added == ("local-advice-0", "local-advice-1", "local-advice-2")
    assert preview.can_apply and local.all() == []  # a preview changes nothing
    assert apply_import(preview, local) == 3
    assert [c.organisation for c in local.all()] == [f"Advice Group {n}" for n in range(3)]
    assert all(contact.added_locally for contact in local.all())


def test_the_preview_tells_added_changed_and_unchanged_apart(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    rows = rows_like(good_contact, 3)
    apply_import(preview_import(write_csv(tmp_path / "a.csv", rows[:2]), local), local)
    rows[1]["phone"] = "01384 999888"
    preview = preview_import(write_csv(tmp_path / "b.csv", rows), local)
    assert (preview.added, preview.changed, preview.unchanged) == (
        ("local-advice-2",),
        ("local-advice-1",),
        ("local-advice-0",),
    )
    apply_import(preview, local)
    assert local.get("local-advice-1").phone == "01384 999888"  # type: ignore[union-attr]


def test_bad_rows_are_reported_by_line_and_nothing_is_applied(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    rows = rows_like(good_contact, 5)
    rows[1]["phone"] = "999"
    rows[3].update(email="not an email", source_read="22/11/2026", organisation="")
    rows[4]["id"] = "advice-0"
    preview = preview_import(write_csv(tmp_path / "bad.csv", rows), local)
    assert [(p.line, p.id) for p in preview.problems] == [
        (3, "local-advice-1"),
        (5, "local-advice-3"),
        (6, "local-advice-0"),
    ]
    assert "phone '999'" in str(preview.problems[0])
    assert len(preview.problems[1].problems) == 3
    assert "also on line 2" in str(preview.problems[2])
    with pytest.raises(CsvError, match="Nothing was imported: 3 row"):
        apply_import(preview, local)
    assert local.all() == []


def test_line_numbers_count_cells_that_span_lines(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    rows = rows_like(good_contact, 3)
    rows[0]["note"] = "first line\nsecond line\nthird line"
    rows[2]["kind"] = "wizard"
    preview = preview_import(write_csv(tmp_path / "multi.csv", rows), local)
    assert [p.line for p in preview.problems] == [6]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (CONTACT_COLUMNS[:-1], "missing column.*: note"),
        ((*CONTACT_COLUMNS, "fax"), "unexpected column.*: fax"),
        (("name", *CONTACT_COLUMNS[1:]), "missing column.*: id; unexpected column.*: name"),
        ((*CONTACT_COLUMNS, "note"), "repeated column.*: note"),
    ],
)
def test_a_wrong_header_names_the_columns(
    tmp_path: Path, local: LocalContacts, header: tuple[str, ...], message: str
) -> None:
    path = tmp_path / "header.csv"
    path.write_text(",".join(header) + "\n", encoding="utf-8")
    with pytest.raises(CsvError, match=message):
        preview_import(path, local)


def test_columns_may_come_in_any_order_and_blank_rows_are_skipped(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    columns = list(reversed(CONTACT_COLUMNS))
    row = {**good_contact, "id": "reordered"}
    lines = [",".join(columns), ",".join(row[column] for column in columns), ",,,", ""]
    path = tmp_path / "reordered.csv"
    path.write_text("\n".join(lines).replace("sendiass;mediation", '"sendiass;mediation"'))
    preview = preview_import(path, local)
    assert (preview.problems, preview.added) == ((), ("local-reordered",))


def test_an_empty_file_and_a_short_row_are_explained(tmp_path: Path, local: LocalContacts) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(CsvError, match="empty"):
        preview_import(empty, local)
    short = tmp_path / "short.csv"
    short.write_text(",".join(CONTACT_COLUMNS) + "\nlocal-a,Org\n")
    assert "has 2 cells" in str(preview_import(short, local).problems[0])


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig", "utf-8"])
def test_windows_1252_and_utf8_files_with_or_without_bom_are_read(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str], encoding: str
) -> None:
    row = {**good_contact, "id": "cafe", "organisation": "Café Parents’ Group", "note": "£5 fee"}
    path = write_csv(tmp_path / "excel.csv", [row], encoding)
    apply_import(preview_import(path, local), local)
    contact = local.get("local-cafe")
    assert contact is not None
    assert (contact.organisation, contact.note) == ("Café Parents’ Group", "£5 fee")


def test_formula_like_cells_are_stored_as_text_exported_safely_and_reimported_the_same(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    rows = [
        {**good_contact, "id": f"f{n}", "helps_with": value, "note": "'" + value}
        for n, value in enumerate(FORMULAS)
    ]
    rows.append({**good_contact, "id": "phone", "phone": "+44 20 7946 0000", "note": "'quoted'"})
    local.save_rows(rows)
    before = local.all()
    assert [c.helps_with for c in before[: len(FORMULAS)]] == list(FORMULAS)
    exported = tmp_path / "export.csv"
    export_csv(before, exported)
    cells = list(csv.reader(io.StringIO(exported.read_bytes().decode("utf-8-sig"), newline="")))
    dangerous = [
        cell for row in cells[1:] for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
    ]
    assert dangerous == []
    assert cells[1][CONTACT_COLUMNS.index("helps_with")] == "'" + FORMULAS[0]
    assert cells[-1][CONTACT_COLUMNS.index("note")] == "'quoted'"  # ordinary quotes untouched
    other = LocalContacts.open(tmp_path / "other" / "cases.sqlite")
    apply_import(preview_import(exported, other), other)
    assert other.all() == before
    assert preview_import(exported, local).unchanged == tuple(c.id for c in before)


def test_the_quote_rule_round_trips_these_texts() -> None:
    for value in (*FORMULAS, "''=x", "'=x", "'", "", "plain", "it's", "-", "'-"):
        assert contacts_csv.restore(contacts_csv.neutralise(value)) == value


@given(st.text())
def test_the_quote_rule_round_trips_any_text_and_never_leaves_a_formula(value: str) -> None:
    safe = contacts_csv.neutralise(value)
    assert contacts_csv.restore(safe) == value
    assert all(part[:1] not in ("=", "+", "-", "@", "\t", "\r") for part in safe.split(";"))


@given(st.lists(st.sampled_from(["=1+1", "x", "+44", "'", ";", "@SUM(A1)", "-", " "])))
def test_no_part_after_a_semicolon_starts_a_formula_and_the_text_comes_back(
    parts: list[str],
) -> None:
    value = "".join(parts)
    safe = contacts_csv.neutralise(value)
    assert contacts_csv.restore(safe) == value
    assert all(part[:1] not in ("=", "+", "-", "@") for part in safe.split(";"))


def test_a_formula_after_a_semicolon_is_exported_as_text(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    value = 'Help with letters;=HYPERLINK("http://example.invalid","Click")'
    local.save_rows([{**good_contact, "id": "semi", "helps_with": value}])
    exported = tmp_path / "export.csv"
    export_csv(local.all(), exported)
    text = exported.read_bytes().decode("utf-8-sig")
    assert ";'=HYPERLINK" in text and ";=HYPERLINK" not in text
    other = LocalContacts.open(tmp_path / "other" / "cases.sqlite")
    apply_import(preview_import(exported, other), other)
    assert [contact.helps_with for contact in other.all()] == [value]


def test_a_file_in_neither_utf8_nor_windows_1252_is_refused(
    tmp_path: Path, local: LocalContacts
) -> None:
    path = tmp_path / "binary.csv"
    path.write_bytes(",".join(CONTACT_COLUMNS).encode() + b"\n\x81\x8d\x90\n")
    with pytest.raises(CsvError, match="line 2 is not text in UTF-8 or Windows-1252"):
        preview_import(path, local)


def test_the_bundled_contacts_file_round_trips(tmp_path: Path, local: LocalContacts) -> None:
    preview = preview_import(paths.content_dir() / "contacts.csv", local)
    assert preview.problems == () and len(preview.added) > 10
    apply_import(preview, local)
    exported = tmp_path / "again.csv"
    export_csv(local.all(), exported)
    assert preview_import(exported, local).unchanged == preview.added


def test_ten_thousand_rows_import_in_a_few_seconds(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    path = write_csv(tmp_path / "big.csv", rows_like(good_contact, 10_000))
    started = time.perf_counter()
    preview = preview_import(path, local)
    apply_import(preview, local)
    elapsed = time.perf_counter() - started
    assert len(preview.added) == 10_000 and elapsed < 5, elapsed
    assert len(local.search_contacts("advice group 9999", limit=5)) >= 1
    assert local.search_contacts("advice group 9999")[0].organisation == "Advice Group 9999"


def test_export_writes_atomically_and_explains_a_missing_folder(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    local.add(good_contact)
    target = tmp_path / "out.csv"
    target.write_text("previous")
    export_csv(local.all(), target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfid,organisation")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    with pytest.raises(StorageError, match="does not exist"):
        export_csv(local.all(), tmp_path / "missing" / "out.csv")


def _mixed_file(tmp_path: Path, good_contact: dict[str, str]) -> Path:
    """UTF-8 throughout ("Café") except one Windows-1252 "£" on the third line."""
    rows = [
        {**good_contact, "id": "cafe", "organisation": "Café Parents"},
        {**good_contact, "id": "fee", "note": "FEE5"},
    ]
    path = write_csv(tmp_path / "mixed.csv", rows, "utf-8")
    path.write_bytes(path.read_bytes().replace(b"FEE5", b"\xa35 fee"))
    return path


def test_a_utf8_file_with_one_windows_1252_byte_names_the_line_and_changes_nothing(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    path = _mixed_file(tmp_path, good_contact)
    with pytest.raises(contacts_csv.CsvEncodingError, match="line 3") as raised:
        preview_import(path, local)
    assert raised.value.line == 3 and raised.value.choices == contacts_csv.ENCODING_CHOICES
    assert local.all() == []


def test_the_person_can_read_only_the_odd_bytes_as_windows_1252(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    path = _mixed_file(tmp_path, good_contact)
    apply_import(preview_import(path, local, contacts_csv.ENCODING_CHOICES[0]), local)
    assert local.get("local-cafe").organisation == "Café Parents"  # type: ignore[union-attr]
    assert local.get("local-fee").note == "£5 fee"  # type: ignore[union-attr]


def test_the_person_can_read_the_whole_file_as_windows_1252(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    path = _mixed_file(tmp_path, good_contact)
    preview = preview_import(path, local, contacts_csv.ENCODING_CHOICES[1])
    assert {row["organisation"] for row in preview.rows} >= {"CafÃ© Parents"}


def test_a_file_with_a_nul_byte_is_refused_naming_the_line(
    tmp_path: Path, local: LocalContacts, good_contact: dict[str, str]
) -> None:
    path = write_csv(tmp_path / "nul.csv", [{**good_contact, "id": "x", "note": "a\0b"}])
    with pytest.raises(CsvError, match="line 2 has a NUL byte"):
        preview_import(path, local)


def test_a_file_over_the_size_cap_is_refused_before_it_is_read_whole(
    tmp_path: Path, local: LocalContacts, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(contacts_csv, "MAX_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_bytes(",".join(CONTACT_COLUMNS).encode() + b"\n" + b"x," * 2000)
    with pytest.raises(CsvError, match="too big"):
        preview_import(path, local)
