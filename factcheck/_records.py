"""Plain records with pydantic's interface: the models of ``factcheck.models`` without
importing pydantic until something validates or serializes.

Importing pydantic and building a model's schema costs more than all the rest of a short
command (``factcheck extract`` of one line, ``factcheck next``). A ``Record`` is a plain
class whose fields are declared as a pydantic model's are (annotations, defaults,
``Field(...)``); it keeps its values in its ``__dict__`` as a model does, so attribute
access, ``==``, ``repr``, pickling and the extractors' direct construction are the same.

Each record class has a *twin*: a pydantic model built on first use (``twin``) from the
record's own fields, with the record class as a base, so a twin instance is an instance of
the record class too. Validation and serialization go through the twin, so they are
pydantic's, error messages included:

- ``Record(**values)`` takes values that are plainly valid as they are (a ``str`` for a
  ``str`` field, a ``date`` for a ``date``, a record for a record, lists of those, ...)
  without pydantic, and hands anything else (a date as text, a dict for a nested model, a
  missing field) to the twin's validation;
- ``model_validate``, ``model_validate_json``, ``model_construct`` and
  ``model_json_schema`` are the twin's (and return twin instances);
- ``model_dump`` and ``model_dump_json`` convert the record to its twin (no validation)
  and dump that; ``model_copy`` copies the values.

A pydantic model elsewhere may name a record class as a field type: the field takes the
twin's schema, and a plain record given to it is read through its fields.
"""

from __future__ import annotations

import inspect
import sys
import threading
import types
import typing
from collections.abc import Callable
from datetime import date, datetime
from typing import Annotated, Any, ClassVar, Literal, Union, get_args, get_origin

#: The default of a required field (pydantic's ``PydanticUndefined``, without pydantic).
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
_NO: Any = object()  # a value that is not plainly valid: pydantic decides
_NONE_TYPE = type(None)

#: Where the twins live (pickle finds a twin by its module and name).
TWIN_MODULE = "factcheck._validated"


class FieldSpec:
    """One field of a record: what pydantic's ``FieldInfo`` tells of it that we use."""

    __slots__ = ("annotation", "default", "default_factory", "description", "name", "plain")

    def __init__(
        self,
        default: Any = MISSING,
        *,
        default_factory: Callable[[], Any] | None = None,
        description: str | None = None,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.description = description
        self.name = ""
        self.annotation: Any = None
        self.plain: Callable[[Any], Any] = _never

    def is_required(self) -> bool:
        return self.default is MISSING and self.default_factory is None

    def __repr__(self) -> str:
        return f"FieldSpec({self.name!r}, annotation={self.annotation!r}, default={self.default!r})"


def Field(
    default: Any = MISSING,
    *,
    default_factory: Callable[[], Any] | None = None,
    description: str | None = None,
) -> Any:
    """A field's default and description, as ``pydantic.Field`` takes them."""
    return FieldSpec(default, default_factory=default_factory, description=description)


class Discriminator:
    """``Annotated[A | B, Discriminator("kind")]``: the union's member is told by ``kind``
    (``pydantic.Field(discriminator=...)`` in the twin)."""

    def __init__(self, field: str) -> None:
        self.field = field


class _Swallowed:
    """pydantic's instance state a record has no use for (extra values, private
    attributes): reads None, and code that sets it directly (the extractors, the store's
    rows) sets nothing."""

    def __get__(self, obj: object, owner: type | None = None) -> None:
        return None

    def __set__(self, obj: object, value: object) -> None:
        pass


class Record:
    """A plain class with a pydantic model's interface; see the module's docstring."""

    model_fields: ClassVar[dict[str, FieldSpec]] = {}
    _plan: ClassVar[tuple[tuple[str, Callable[[Any], Any], Any, Any], ...]] = ()

    __pydantic_extra__ = _Swallowed()
    __pydantic_private__ = _Swallowed()
    __hash__ = None  # type: ignore[assignment]  # mutable, as a model

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__module__ == TWIN_MODULE:
            return  # a twin: pydantic owns its fields
        fields: dict[str, FieldSpec] = {}
        for base in reversed(cls.__mro__[1:]):
            if issubclass(base, Record):
                fields.update(base.__dict__.get("model_fields", {}))
        own = inspect.get_annotations(cls)
        if any(isinstance(a, str) for a in own.values()):  # ``from __future__ import annotations``
            hints = typing.get_type_hints(cls, include_extras=True)
            own = {name: hints[name] for name in own}
        for name, annotation in own.items():
            origin: Any = get_origin(annotation)
            if origin is ClassVar or annotation is ClassVar:
                continue
            value = cls.__dict__.get(name, MISSING)
            spec = value if isinstance(value, FieldSpec) else FieldSpec(value)
            spec.name, spec.annotation = name, annotation
            spec.plain = _plain(annotation)
            fields[name] = spec
            if name in cls.__dict__:
                delattr(cls, name)  # values live on instances; the twin declares its own
        cls.model_fields = fields
        cls._plan = tuple(
            (name, spec.plain, spec.default, spec.default_factory) for name, spec in fields.items()
        )

    def __init__(self, /, **data: Any) -> None:
        state: dict[str, Any] = {}
        taken = 0
        for name, plain, default, factory in self._plan:
            if name in data:
                value = plain(data[name])
                if value is _NO:
                    return self._validate_into(data)
                state[name] = value
                taken += 1
            elif factory is not None:
                state[name] = factory()
            elif default is MISSING:
                return self._validate_into(data)
            else:
                state[name] = default
        if taken != len(data):
            return self._validate_into(data)  # extra keys: pydantic says what it makes of them
        object.__setattr__(self, "__dict__", state)
        if type(self)._after is not Record._after:
            try:
                self._after()
            except ValueError:
                self._validate_into(data)  # the twin's validation raises pydantic's error

    def _validate_into(self, data: dict[str, Any]) -> None:
        valid = twin(type(self)).model_validate(data)
        state = {name: valid.__dict__[name] for name in self.model_fields}
        object.__setattr__(self, "__dict__", state)

    # Hooks of a record class (the twin runs them as its model validators).
    @classmethod
    def _before(cls, data: Any) -> Any:
        """What a ``mode="before"`` model validator would make of the input."""
        return data

    def _after(self) -> None:
        """A ``mode="after"`` model validator: completes the values, or raises ValueError."""

    # ------------------------------------------------------------ pydantic's interface

    @classmethod
    def model_validate(cls, obj: Any, **kwargs: Any) -> Any:
        return twin(cls).model_validate(obj, **kwargs)

    @classmethod
    def model_validate_json(cls, data: Any, **kwargs: Any) -> Any:
        return twin(cls).model_validate_json(data, **kwargs)

    @classmethod
    def model_construct(cls, _fields_set: set[str] | None = None, **values: Any) -> Any:
        return twin(cls).model_construct(_fields_set, **values)

    @classmethod
    def model_json_schema(cls, **kwargs: Any) -> dict[str, Any]:
        schema: dict[str, Any] = twin(cls).model_json_schema(**kwargs)
        return schema

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """A field of another pydantic model typed with a record class: the twin's schema,
        and a plain record put there unvalidated (``model_construct``) dumped as its twin."""
        from pydantic_core import core_schema

        inner = handler(twin(cls))
        dump = core_schema.wrap_serializer_function_ser_schema(_dump_as_twin, schema=inner)
        return core_schema.no_info_after_validator_function(_same, inner, serialization=dump)

    @property
    def model_fields_set(self) -> set[str]:
        given = self.__dict__.get("__pydantic_fields_set__")
        return set(given) if given is not None else set(self.model_fields)

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        out: dict[str, Any] = to_twin(self).model_dump(**kwargs)
        return out

    def model_dump_json(self, **kwargs: Any) -> str:
        out: str = to_twin(self).model_dump_json(**kwargs)
        return out

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        state = dict(self.__dict__)
        if deep:
            import copy

            state = copy.deepcopy(state)
        if update:
            state.update(update)
            given = state.get("__pydantic_fields_set__")
            if given is not None:
                state["__pydantic_fields_set__"] = set(given) | set(update)
        copied = object.__new__(type(self))
        object.__setattr__(copied, "__dict__", state)
        return copied

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record):
            return NotImplemented
        if _light(type(self)) is not _light(type(other)):
            return False
        mine, theirs = self.__dict__, other.__dict__
        return all(mine.get(n, MISSING) == theirs.get(n, MISSING) for n in self.model_fields)

    def __repr__(self) -> str:
        values = ", ".join(f"{n}={self.__dict__.get(n)!r}" for n in self.model_fields)
        return f"{type(self).__name__}({values})"

    def __copy__(self) -> Any:
        return self.model_copy()


def _dump_as_twin(value: Any, handler: Any) -> Any:
    return handler(to_twin(value) if isinstance(value, Record) else value)


def _light(cls: type) -> type:
    """The record class of a record or twin class."""
    light: type = cls.__dict__.get("__light__", cls)
    return light


# ---------------------------------------------------------------- plain values


def _never(value: Any) -> Any:
    return _NO


def _same(value: Any) -> Any:
    return value


def _exact(kind: type) -> Callable[[Any], Any]:
    def plain(value: Any) -> Any:
        return value if type(value) is kind else _NO

    return plain


def _float(value: Any) -> Any:
    kind = type(value)
    if kind is float:
        return value
    return float(value) if kind is int else _NO  # pydantic makes a float of an int


def _plain(annotation: Any) -> Callable[[Any], Any]:
    """The value a field of ``annotation`` holds for an input that is plainly valid, or
    ``_NO``: what pydantic's validation returns for that input, without pydantic."""
    if annotation is Any:
        return _same
    if annotation is float:
        return _float
    if annotation in (str, int, bool, date, datetime):
        return _exact(annotation)
    if isinstance(annotation, type) and issubclass(annotation, Record):
        record = annotation

        def instance(value: Any) -> Any:
            return value if isinstance(value, record) else _NO

        return instance
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Annotated:
        return _plain(args[0])
    if origin is Literal:
        if not all(type(a) is str for a in args):
            return _never
        choices = frozenset(args)
        return lambda value: value if type(value) is str and value in choices else _NO
    if origin is Union or origin is types.UnionType:
        none_ok = _NONE_TYPE in args
        members = [_plain(a) for a in args if a is not _NONE_TYPE]

        def union(value: Any) -> Any:
            if value is None:
                return None if none_ok else _NO
            for member in members:
                out = member(value)
                if out is not _NO:
                    return out
            return _NO

        return union
    if origin is list and len(args) == 1:
        item = _plain(args[0])

        def items(value: Any) -> Any:
            if type(value) is not list:
                return _NO
            out = []
            for v in value:
                v = item(v)
                if v is _NO:
                    return _NO
                out.append(v)
            return out

        return items
    if origin is dict and len(args) == 2 and args[0] is str:
        entry = _plain(args[1])

        def mapping(value: Any) -> Any:
            if type(value) is not dict:
                return _NO
            out = {}
            for k, v in value.items():
                v = entry(v)
                if type(k) is not str or v is _NO:
                    return _NO
                out[k] = v
            return out

        return mapping
    return _never


# ---------------------------------------------------------------- twins

_TWINS: dict[type, type] = {}
_LOCK = threading.RLock()


def twin(cls: type) -> Any:
    """The pydantic model of record class ``cls`` (built on first use; itself for a twin)."""
    found = _TWINS.get(cls)
    if found is None:
        light = _light(cls)
        if light is not cls:
            return cls
        with _LOCK:
            found = _TWINS.get(cls)
            if found is None:
                found = _TWINS[cls] = _build_twin(cls)
    return found


def to_twin(obj: Any) -> Any:
    """``obj``, a record, as an instance of its twin (the same values, not validated)."""
    cls = type(obj)
    model = twin(cls)
    if model is cls:
        return obj
    values = obj.__dict__
    state = {name: _twin_value(values.get(name)) for name in cls.model_fields}
    out = object.__new__(model)
    object.__setattr__(out, "__dict__", state)
    given = values.get("__pydantic_fields_set__")
    object.__setattr__(out, "__pydantic_fields_set__", set(given if given is not None else state))
    object.__setattr__(out, "__pydantic_extra__", None)
    object.__setattr__(out, "__pydantic_private__", None)
    return out


def _twin_value(value: Any) -> Any:
    if isinstance(value, Record):
        return to_twin(value)
    if type(value) is list and value and isinstance(value[0], Record):
        return [_twin_value(v) for v in value]
    return value


def twin_type(annotation: Any) -> Any:
    """``annotation`` with each record class replaced by its twin."""
    from pydantic import Field as PydanticField

    if isinstance(annotation, type) and issubclass(annotation, Record):
        return twin(annotation)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is None or not args:
        return annotation
    if origin is Annotated:
        extra = [
            PydanticField(discriminator=m.field) if isinstance(m, Discriminator) else m
            for m in annotation.__metadata__
        ]
        return Annotated[(twin_type(args[0]), *extra)]
    if origin is Union or origin is types.UnionType:
        return Union[tuple(twin_type(a) for a in args)]  # noqa: UP007
    if origin is Literal:
        return annotation
    if origin is list:
        return list[twin_type(args[0])]  # type: ignore[misc]
    if origin is dict:
        key: Any = args[0]
        return dict[key, twin_type(args[1])]  # type: ignore[misc]
    return annotation


def _build_twin(light: type) -> Any:
    from pydantic import BaseModel, create_model, model_validator
    from pydantic import Field as PydanticField

    assert issubclass(light, Record)
    fields: dict[str, Any] = {}
    for name, spec in light.model_fields.items():
        if spec.default_factory is not None:
            info = PydanticField(default_factory=spec.default_factory, description=spec.description)
        elif spec.default is MISSING:
            info = PydanticField(description=spec.description)
        else:
            info = PydanticField(spec.default, description=spec.description)
        fields[name] = (twin_type(spec.annotation), info)

    def read_record(cls: type, data: Any) -> Any:
        if isinstance(data, Record) and not isinstance(data, BaseModel):
            data = {n: data.__dict__.get(n) for n in type(data).model_fields}
        return light._before(data)

    def complete(self: Any) -> Any:
        light._after(self)
        return self

    before = model_validator(mode="before")(classmethod(read_record))  # type: ignore[arg-type]
    validators: dict[str, Any] = {"_read_record": before}
    if light._after is not Record._after:
        validators["_complete"] = model_validator(mode="after")(complete)
    base = _twin_base()
    model: Any = create_model(
        light.__name__,
        __base__=(base, light),
        __module__=TWIN_MODULE,
        __validators__=validators,
        __doc__=light.__doc__,
        **fields,
    )
    model.__light__ = light  # type: ignore[attr-defined]
    model.__qualname__ = light.__name__
    module = sys.modules.get(TWIN_MODULE)
    if module is not None:
        setattr(module, light.__name__, model)
    return model


_BASE: list[Any] = []


def _twin_base() -> Any:
    if not _BASE:
        from pydantic import BaseModel, ConfigDict

        class TwinBase(BaseModel):
            # Schemas are built on first use: a command validates a few of the models.
            model_config = ConfigDict(extra="ignore", defer_build=True)

        TwinBase.__module__ = TWIN_MODULE
        _BASE.append(TwinBase)
    return _BASE[0]


def json_fallback(value: Any) -> Any:
    """``pydantic_core.to_json(data, fallback=json_fallback)``: records inside plain data
    are written as their twins are (the bytes pydantic wrote for the models)."""
    if isinstance(value, Record):
        return to_twin(value)
    raise TypeError(f"Unable to serialize unknown type: {type(value)}")
