"""The pydantic twins of ``factcheck.models``' records, by name (built on first use).

``factcheck._validated.Claim`` is the pydantic model that validates and serializes
``factcheck.models.Claim`` (and is a subclass of it); ``Value`` is the discriminated union
of the value models' twins. Importing this module imports pydantic. Pickled twins name
this module, so unpickling one builds its class here.
"""

from __future__ import annotations

from typing import Any

from factcheck import models
from factcheck._records import Record, twin, twin_type


def __getattr__(name: str) -> Any:
    if name == "Value":
        value = twin_type(models.Value)
        globals()["Value"] = value
        return value
    light: Any = getattr(models, name, None)
    ours = isinstance(light, type) and light.__module__ == models.__name__
    if ours and issubclass(light, Record):
        built = twin(light)
        globals()[name] = built
        return built
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
