#!/usr/bin/env python3
"""Makes NSwag's C# output compile, changing nothing but the names that stop it.

NSwag 14.7.1 writes two kinds of names the compiler rejects, and with either of them the compiler stops before it
binds method bodies and emits, so the time to build NSwag's output as generated is not the time of a finished build.
This script renames them, mechanically and deterministically, so that the peer script can build NSwag's output the
way a user who fixed it by hand would:

1. Mangled identifiers: a spec name with a comparison operator in it (Twilio's query parameters `StartTime<`,
   `StartTime>`) becomes an identifier followed, without a space, by `<`, `>`, `<=` or `>=` (`startTime<`), which
   does not parse. Each such name is renamed everywhere it occurs in code to the identifier with the operator
   spelled out: `startTime<` -> `startTimeLt`, `>` -> `Gt`, `<=` -> `Le`, `>=` -> `Ge`.
2. Duplicate members (CS0102): two spec values that NSwag turns into the same member name in one type (Stripe's
   time zones `Etc/GMT-0` and `Etc/GMT0` both become `Etc_GMT0`). The second and later declarations of an enum member
   or a property are renamed to `Name_2`, `Name_3`, …; uses of the name are left alone (they keep meaning the first).

Strings, characters, comments and preprocessor lines are never touched, so wire names (`"StartTime<"`) and doc
comments stay as NSwag wrote them. A new name that would clash with a name already in the file gets more `_`.

    fix-nswag.py FILE.cs [FILE.cs …]     fixes the files in place; prints one line per rename and a summary
"""
import re
import sys
from dataclasses import dataclass

# One C# token per match. Everything that is not code (whitespace, comments, preprocessor lines, string and character
# literals) is a token of its own that the rules below skip, so a name inside a string or a comment is never renamed.
TOKEN = re.compile(
    r"""(?P<skip>\s+
        |//[^\n]*
        |/\*.*?\*/
        |(?<![^\n])[ \t]*\#[^\n]*             # a preprocessor line (#pragma, #nullable), which may contain quotes
        |\$?@\$?"(?:[^"]|"")*"                # verbatim string, interpolated or not
        |\$?"(?:[^"\\\n]|\\.)*"               # regular string, interpolated or not
        |'(?:[^'\\\n]|\\.)+'                  # character
        |[0-9][0-9A-Za-z_.]*)                 # number
      |(?P<ident>@?[A-Za-z_][A-Za-z0-9_]*)
      |(?P<punct>.)""",
    re.VERBOSE | re.DOTALL,
)

OPERATOR_WORDS = {"<": "Lt", ">": "Gt", "<=": "Le", ">=": "Ge"}
TYPE_KEYWORDS = {"class", "struct", "interface", "enum", "record"}
ACCESSORS = {"get", "set", "init"}


@dataclass
class Token:
    kind: str  # "skip", "ident" or "punct"
    text: str
    start: int
    end: int


def tokenize(text):
    return [Token(m.lastgroup, m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def code(tokens):
    return [t for t in tokens if t.kind != "skip"]


def unique(name, taken):
    while name in taken:
        name += "_"
    taken.add(name)
    return name


def mangled_identifiers(text, tokens):
    """(start, end, mangled name) of every identifier that an operator is glued to, in order.

    An identifier directly followed by `<` opens a type argument list when a name follows (`Task<Account>`), and an
    identifier directly followed by `>` closes one when a list is open; any other glued `<`, `>`, `<=` or `>=` is part
    of a mangled name. Type argument lists never span `;`, `{` or `}`, so the count of open lists is reset there.
    """
    found = []
    open_lists = 0
    tokens = code(tokens)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "punct":
            if token.text in ";{}":
                open_lists = 0
            elif token.text == ">" and open_lists:
                open_lists -= 1
            i += 1
            continue
        after = text[token.end:token.end + 2]
        operator = None
        if after in ("<=", ">="):
            operator = after
        elif after[:1] == "<":
            if re.match(r"[A-Za-z_(]", after[1:2]):
                open_lists += 1  # the `<` token itself is consumed below as punctuation
            else:
                operator = "<"
        elif after[:1] == ">" and not open_lists:
            operator = ">"
        if operator:
            found.append((token.start, token.end + len(operator), token.text + operator))
            i += 1 + len(operator)  # the operator's characters are one punctuation token each
        else:
            i += 1
    return found


def duplicate_members(tokens):
    """(start, end, type name, member name, n) of the n-th declaration (n > 1) of a member name in one type.

    Members are enum members (a name after the enum's `{` or a `,`, past any attributes) and properties (a name
    followed by `{ get`, `{ set` or `{ init`). A stack of open braces knows which type each brace belongs to.
    """
    found = []
    tokens = code(tokens)
    stack = []  # per open brace: (kind, type name, {member: count}); kind is "enum", "type" or "block"
    pending = None  # (kind, name) of a type declaration whose `{` has not come yet
    expect_enum_member = False
    brackets = 0
    for i, token in enumerate(tokens):
        text = token.text
        if token.kind == "ident" and text in TYPE_KEYWORDS and i + 1 < len(tokens) and tokens[i + 1].kind == "ident":
            pending = ("enum" if text == "enum" else "type", tokens[i + 1].text)
        if token.kind == "punct":
            if text == "[":
                brackets += 1
            elif text == "]":
                brackets -= 1
            elif text == "{":
                kind, name = pending or ("block", None)
                stack.append((kind, name, {}))
                pending = None
                expect_enum_member = kind == "enum"
            elif text == "}":
                if stack:
                    stack.pop()
                expect_enum_member = False
            elif text == "," and stack and stack[-1][0] == "enum" and not brackets:
                expect_enum_member = True
            continue
        if not stack or brackets:
            continue
        kind, type_name, members = stack[-1]
        declared = None
        if kind == "enum" and expect_enum_member:
            declared = text
            expect_enum_member = False
        elif kind == "type" and i + 2 < len(tokens) and tokens[i + 1].text == "{" and tokens[i + 2].text in ACCESSORS:
            declared = text
        if declared is not None:
            members[declared] = members.get(declared, 0) + 1
            if members[declared] > 1:
                found.append((token.start, token.end, type_name, declared, members[declared]))
    return found


def replace(text, edits):
    """The text with each (start, end, new text) applied; edits do not overlap."""
    parts, last = [], 0
    for start, end, new in sorted(edits):
        parts.append(text[last:start])
        parts.append(new)
        last = end
    parts.append(text[last:])
    return "".join(parts)


@dataclass
class Fixed:
    text: str
    renames: list  # one line per rename, for the report
    names: int = 0  # mangled identifiers renamed
    occurrences: int = 0  # their occurrences
    duplicates: int = 0  # duplicate members renamed


def fix_text(text):
    tokens = tokenize(text)
    taken = {t.text for t in tokens if t.kind == "ident"}
    report = []

    # 1. mangled identifiers, renamed the same way at every occurrence
    renames = {}
    occurrences = mangled_identifiers(text, tokens)
    for _, _, mangled in occurrences:
        if mangled not in renames:
            stem = re.match(r"@?[A-Za-z0-9_]+", mangled).group()
            renames[mangled] = unique(stem + OPERATOR_WORDS[mangled[len(stem):]], taken)
    for mangled, new in renames.items():
        report.append(f"mangled identifier: {mangled} -> {new} ({sum(o[2] == mangled for o in occurrences)} occurrences)")
    text = replace(text, [(start, end, renames[mangled]) for start, end, mangled in occurrences])

    # 2. duplicate members, found in the text with the names of step 1 in it
    duplicates = duplicate_members(tokenize(text))
    edits = []
    for start, end, type_name, member, n in duplicates:
        new = unique(f"{member}_{n}", taken)
        report.append(f"duplicate member: {type_name}.{member} (declaration {n}) -> {new}")
        edits.append((start, end, new))
    text = replace(text, edits)
    return Fixed(text, report, len(renames), len(occurrences), len(duplicates))


def fix(path):
    # newline="" and no BOM handling: line ends and a byte order mark stay as they were
    with open(path, encoding="utf-8", newline="") as f:
        fixed = fix_text(f.read())
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(fixed.text)
    return fixed


def main(paths):
    names = occurrences = duplicates = 0
    for path in paths:
        print(f"{path}:")
        fixed = fix(path)
        for line in fixed.renames:
            print("  " + line)
        names, occurrences, duplicates = names + fixed.names, occurrences + fixed.occurrences, duplicates + fixed.duplicates
    print(f"fixed: {names} mangled identifiers renamed ({occurrences} occurrences), {duplicates} duplicate members renamed")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
