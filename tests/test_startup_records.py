"""The models are plain records with pydantic's interface (issue 13, start-up).

``factcheck.models`` imports no pydantic; each record's pydantic twin validates and dumps.
A record made from plainly valid values holds what the twin's validation makes of them,
anything else is the twin's validation (its errors word for word), and dumping a record
writes what dumping the twin writes.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from datetime import UTC, date, datetime
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from factcheck import _records
from factcheck._validated import Claim as ClaimTwin
from factcheck.models import (
    CheckResult,
    Claim,
    ClaimRecord,
    DateValue,
    Document,
    Evidence,
    MoneyValue,
    Verdict,
)


def _twin_of(cls: type, data: dict[str, Any]) -> Any:
    return _records.twin(cls).model_validate(data)


def test_importing_the_models_imports_no_pydantic() -> None:
    code = "import sys, factcheck.models; print(any(m.startswith('pydantic') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (Document, {"text": "Some text.", "published": date(2024, 5, 1), "pages": [0, 40]}),
        (Document, {"id": "d1", "text": "x", "fetched_at": datetime(2024, 5, 1, tzinfo=UTC)}),
        (MoneyValue, {"amount": 3, "currency": "GBP"}),  # an int for a float: made a float
        (DateValue, {"date": "2024-05", "granularity": "month"}),
        (Claim, {"document": "d", "kind": "money", "text": "£3", "start": 0, "end": 2,
                 "value": MoneyValue(amount=3.0, currency="GBP")}),
        (Evidence, {"source": "ecb", "description": "the rate", "value": "1.1"}),
        (CheckResult, {"document": "d", "check": "elapsed", "status": "consistent",
                       "start": 0, "end": 4, "explanation": "ok", "related": ["a"]}),
    ],
)  # fmt: skip
def test_plain_values_make_what_pydantic_makes(cls: type, data: dict[str, Any]) -> None:
    made: Any = cls(**data)
    valid = _twin_of(cls, data)
    assert made.model_dump() == valid.model_dump()
    assert made.model_dump_json() == valid.model_dump_json()
    assert made == valid and valid == made
    made_as = made.__class__
    assert made_as is cls
    assert repr(made) == repr(valid)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (Document, {"text": "x", "published": "2024-05-01"}),  # text for a date: converted
        (Claim, {"document": "d", "kind": "money", "text": "$4", "start": 0, "end": 2,
                 "value": {"amount": 4}}),  # a dict for the value, without its kind
        (Verdict, {"claim_id": "c", "rating": "true", "reviewer": "ana",
                   "created": "2024-05-01T10:00:00Z", "sources": [{"url": "https://a.example"}]}),
    ],
)  # fmt: skip
def test_other_values_are_pydantics_validation(cls: type, data: dict[str, Any]) -> None:
    made: Any = cls(**data)
    assert made == _twin_of(cls, data)
    assert made.model_dump(mode="json") == _twin_of(cls, data).model_dump(mode="json")


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (Document, {"published": date(2024, 5, 1)}),  # no text
        (MoneyValue, {"amount": "lots"}),
        (Claim, {"document": "d", "kind": "date", "text": "x", "start": 0, "end": 1,
                 "value": MoneyValue(amount=1.0)}),  # the value's kind is not the claim's
    ],
)  # fmt: skip
def test_invalid_values_raise_pydantics_error(cls: type, data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as made:
        cls(**data)
    with pytest.raises(ValidationError) as valid:
        _twin_of(cls, data)
    assert str(made.value) == str(valid.value)


def test_a_twin_is_a_record_and_a_pydantic_model() -> None:
    claim = Claim.model_validate(
        {"document": "d", "kind": "money", "text": "$4", "start": 0, "end": 2,
         "value": {"amount": 4, "currency": "USD"}}
    )  # fmt: skip
    assert isinstance(claim, Claim) and isinstance(claim, BaseModel)
    assert type(claim) is ClaimTwin
    assert isinstance(claim.value, MoneyValue)
    assert pickle.loads(pickle.dumps(claim)) == claim
    plain = claim.model_copy()
    assert pickle.loads(pickle.dumps(plain)) == plain


def test_records_inside_other_models_and_plain_data() -> None:
    from pydantic import create_model
    from pydantic_core import to_json

    value = MoneyValue(amount=2.5, currency="EUR")
    holder = create_model("Holder", value=(MoneyValue, ...), values=(list[MoneyValue], []))
    validated = holder(value=value, values=[value])
    assert isinstance(validated.value, MoneyValue)  # type: ignore[attr-defined]
    constructed = holder.model_construct(value=value, values=[value])
    assert constructed.model_dump_json() == validated.model_dump_json()
    assert json.loads(to_json({"v": value}, fallback=_records.json_fallback)) == {
        "v": value.model_dump(mode="json")
    }


def test_model_fields_and_copy() -> None:
    assert list(ClaimRecord.model_fields) == list(_records.twin(ClaimRecord).model_fields)
    assert Claim.model_fields["document"].is_required()
    assert not Claim.model_fields["id"].is_required()
    doc = Document(text="One.")
    other = doc.model_copy(update={"title": "A title"})
    assert other.title == "A title" and doc.title is None and other.id == doc.id


@pytest.mark.parametrize("size", [0, 1, 1000, (1 << 16) - 1, 1 << 16, 200_000])
def test_a_documents_hash_is_sha256_whichever_implementation(size: int) -> None:
    import hashlib

    from factcheck.models import content_hash

    text = ("Le coût: £3 " * (size // 12 + 1))[:size] + "\ud800"
    expected = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    assert content_hash(text) == expected
