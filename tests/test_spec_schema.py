"""The spec schema is the documentation: README's field list is generated from it and kept equal."""

from pathlib import Path

from pyengine.inputs.schema import SPEC_MODELS, reference_markdown

ROOT = Path(__file__).resolve().parent.parent


def test_readme_lists_every_spec_field_as_declared():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = readme.split("<!-- spec-fields:start -->\n", 1)[1].split("\n<!-- spec-fields:end -->", 1)[0]
    assert listed.strip() == reference_markdown().strip(), (
        "README's spec fields differ from pyengine/inputs/schema.py; paste reference_markdown() between the markers")


def test_every_declared_field_says_what_it_means():
    reference = reference_markdown()
    rows = [line for line in reference.splitlines() if line.startswith("| `")]
    assert len(rows) > 60
    assert all(not line.rstrip().endswith("|  |") for line in rows), [r for r in rows if r.rstrip().endswith("|  |")]
    for kind, model in SPEC_MODELS.items():
        assert f'`soort = "{kind}"`' in reference
        assert model.model_config["extra"] == "forbid"


def test_unquoted_floats_read_as_written_unless_they_look_like_dutch_thousands(tmp_path):
    import pytest

    from pyengine.errors import InputError
    from pyengine.inputs.spec import read_spec

    plain = tmp_path / "plain.toml"
    plain.write_text('soort = "kostenverdeling"\n[a]\nx = 0.5\ny = 1.25\nz = [12.5, -0.75, 1_000.5]\n', encoding="utf-8")
    assert read_spec(plain).data["a"] == {"x": 0.5, "y": 1.25, "z": [12.5, -0.75, 1000.5]}
    grouped = tmp_path / "grouped.toml"
    grouped.write_text('soort = "kostenverdeling"\n[a]\nx = 0.5\ny = -12.345\n', encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_spec(grouped)
    assert str(refused.value).splitlines() == [
        "grouped.toml [a] y: -12.345 is ambiguous: a dot before exactly three digits reads as a Dutch thousands "
        "separator; write -12345 or -12_345, or -12.3450 for decimals"]


def test_an_fte_like_1_777_is_refused_with_the_one_way_to_write_it(tmp_path, capsys):
    """Never read by what the field makes likely (numbers are never guessed): 1.777 is refused as an fte too, but the
    message says how to write 1,777 fte, in both languages, and offers no 1777 or 1_777."""
    from pyengine.cli import main

    spec = tmp_path / "kv.toml"
    spec.write_text('soort = "kostenverdeling"\n[algemeen]\ntitel = "T"\norganisatie = "O"\njaren = [2027]\n'
                    '[[formatie]]\nfunctie = "Adviseur"\nschaal = 10\nfte = 1.777\n[[bedrag]]\nomschrijving = "L"\n'
                    'bedrag = 2.500\n[verdeelsleutel.gewichten]\nA = 1\nB = 2\n', encoding="utf-8")
    out = tmp_path / "out"
    for lang, lines in (("en", [
            "kv.toml [[formatie]] row 1 fte: 1.777 is ambiguous: a dot before exactly three digits reads as a Dutch "
            "thousands separator; for 1.777 fte write 1.7770 (a spec takes the dot as its decimal sign; the 0 at the "
            "end says these are decimals)",
            "kv.toml [[bedrag]] row 1 bedrag: 2.500 is ambiguous: a dot before exactly three digits reads as a Dutch "
            "thousands separator; write 2500 or 2_500, or 2.5000 for decimals"]), ("nl", [
            "kv.toml [[formatie]] rij 1 fte: 1.777 is dubbelzinnig: een punt voor precies drie cijfers leest als "
            "Nederlands scheidingsteken voor duizendtallen; schrijf voor 1,777 fte 1.7770 (in een specificatie is de "
            "punt het decimaalteken; de 0 aan het eind zegt dat het decimalen zijn)",
            "kv.toml [[bedrag]] rij 1 bedrag: 2.500 is dubbelzinnig: een punt voor precies drie cijfers leest als "
            "Nederlands scheidingsteken voor duizendtallen; schrijf 2500 of 2_500, of 2.5000 voor decimalen"])):
        assert main(["--lang", lang, "generate", str(spec), "--out", str(out)]) == 1
        printed = capsys.readouterr().out
        failed = [line.split(": ", 1)[1].replace(str(spec), spec.name) for line in printed.splitlines()
                  if line.strip().startswith(("failed:", "mislukt:"))]
        assert failed == lines, printed
        assert not out.exists()
