"""The article file readers: JSON lines, CSV/TSV, compressed files, directories, and clear errors for bad input."""

from __future__ import annotations

import bz2
import gzip
import lzma

import orjson

from service.sources import kind_of, read_sources


def _payloads(path):
    return [r.payload for r in read_sources([str(path)]) if r.payload is not None]


def test_kind_looks_under_the_compression_suffix(tmp_path):
    assert kind_of(tmp_path / "news.jsonl.gz") == ".jsonl"
    assert kind_of(tmp_path / "news.csv.xz") == ".csv"
    assert kind_of(tmp_path / "story.txt") == ".txt"


def test_json_lines_plain_and_compressed_read_alike(tmp_path):
    lines = b"\n".join(orjson.dumps({"id": f"a{i}", "text": f"Story {i}."}) for i in range(3)) + b"\n"
    (tmp_path / "a.ndjson").write_bytes(lines)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "c.jsonl.bz2").write_bytes(bz2.compress(lines))
    (tmp_path / "d.jsonl.xz").write_bytes(lzma.compress(lines))
    expected = [{"id": f"a{i}", "text": f"Story {i}."} for i in range(3)]
    for name in ("a.ndjson", "b.jsonl.gz", "c.jsonl.bz2", "d.jsonl.xz"):
        assert _payloads(tmp_path / name) == expected, name


def test_csv_rows_are_objects_of_their_non_empty_columns(tmp_path):
    path = tmp_path / "news.csv"
    body = 'He said "no".\n\nA second paragraph, with a comma.'
    path.write_text("\ufeffid,title,text,author\n"
                    f'1,First,"{body.replace(chr(34), chr(34) * 2)}",\n'
                    "2,Second,Plain body.,Jane Doe\n", encoding="utf-8")
    assert _payloads(path) == [{"id": "1", "title": "First", "text": body},
                               {"id": "2", "title": "Second", "text": "Plain body.", "author": "Jane Doe"}]


def test_tsv_and_a_row_with_too_many_fields(tmp_path):
    path = tmp_path / "news.tsv.gz"
    path.write_bytes(gzip.compress(b"id\ttext\nx\tOne story.\ny\tTwo\textra\n"))
    records = list(read_sources([str(path)]))
    assert records[0].payload == {"id": "x", "text": "One story."}
    assert records[1].payload is None and "more fields than the header" in records[1].error
    assert records[1].origin.endswith(":3")


def test_a_directory_reads_every_known_format_but_not_a_readme(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("Title\n\nBody one.\n", encoding="utf-8")
    (tmp_path / "two.csv").write_text("text\nBody two.\n", encoding="utf-8")
    (tmp_path / "three.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Body three."}\n'))
    (tmp_path / "README.TXT").write_text("About this corpus.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    texts = sorted(p["text"].strip().split("\n")[-1] for p in _payloads(tmp_path))
    assert texts == ["Body one.", "Body three.", "Body two."]


def test_a_corrupt_compressed_file_is_an_error_record_not_a_crash(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"not gzip at all")
    (record,) = list(read_sources([str(path)]))
    assert record.payload is None and "cannot read" in record.error
