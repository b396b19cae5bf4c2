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
