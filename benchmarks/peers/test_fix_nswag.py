"""The rules of fix-nswag.py on small pieces of NSwag-shaped C#.

    python3 -m unittest discover -s benchmarks/peers -p 'test_*.py'
"""
import importlib.util
import pathlib
import unittest

_spec = importlib.util.spec_from_file_location("fix_nswag", pathlib.Path(__file__).with_name("fix-nswag.py"))
fix_nswag = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fix_nswag)


def fixed(text):
    return fix_nswag.fix_text(text).text


class MangledIdentifiers(unittest.TestCase):
    def test_a_glued_operator_is_spelled_out_at_every_occurrence_in_code(self):
        source = (
            "void List(System.DateTimeOffset? startTime<, System.DateTimeOffset? startTime>) {\n"
            "    if (startTime< != null) Append(startTime<.Value);\n"
            "    return List(startTime<, startTime>);\n"
            "}\n"
        )
        self.assertEqual(
            fixed(source),
            "void List(System.DateTimeOffset? startTimeLt, System.DateTimeOffset? startTimeGt) {\n"
            "    if (startTimeLt != null) Append(startTimeLt.Value);\n"
            "    return List(startTimeLt, startTimeGt);\n"
            "}\n",
        )

    def test_or_equal_operators_are_spelled_out_too(self):
        self.assertEqual(fixed("void F(int? count<=, int? count>=) { }"), "void F(int? countLe, int? countGe) { }")

    def test_strings_comments_characters_and_preprocessor_lines_keep_the_name(self):
        source = (
            "#pragma warning disable 108 // 'x<'\n"
            "/// <param name=\"startTime<\">before</param>\n"
            "void F(int? startTime<) { Append(\"StartTime<\", @\"startTime<\", '<', startTime<); /* startTime< */ }\n"
        )
        self.assertEqual(
            fixed(source),
            "#pragma warning disable 108 // 'x<'\n"
            "/// <param name=\"startTime<\">before</param>\n"
            "void F(int? startTimeLt) { Append(\"StartTime<\", @\"startTime<\", '<', startTimeLt); /* startTime< */ }\n",
        )

    def test_type_arguments_and_spaced_comparisons_are_not_names(self):
        source = (
            "System.Threading.Tasks.Task<System.Collections.Generic.List<Account>> F(Dictionary<string, Foo?> map, int[] a) {\n"
            "    var x = ReadAsync<Account>(response_, headers_);\n"
            "    if (a.Length > 0 && a.Length < 10) { }\n"
            "}\n"
        )
        self.assertEqual(fixed(source), source)

    def test_a_new_name_that_is_taken_gets_an_underscore(self):
        self.assertEqual(fixed("void F(int startTimeLt, int startTime<) { }"), "void F(int startTimeLt, int startTimeLt_) { }")


class DuplicateMembers(unittest.TestCase):
    def test_the_second_declaration_of_an_enum_member_is_renamed(self):
        source = (
            "public enum ParametersTimezone\n{\n"
            "    [System.Runtime.Serialization.EnumMember(Value = @\"Etc/GMT-0\")]\n    Etc_GMT0 = 0,\n\n"
            "    [System.Runtime.Serialization.EnumMember(Value = @\"Etc/GMT0\")]\n    Etc_GMT0 = 1,\n\n"
            "    [System.Runtime.Serialization.EnumMember(Value = @\"UTC\")]\n    UTC = 2,\n\n"
            "}\n"
        )
        self.assertEqual(fixed(source), source.replace("Etc_GMT0 = 1", "Etc_GMT0_2 = 1"))

    def test_the_second_declaration_of_a_property_is_renamed_and_other_types_are_left_alone(self):
        source = (
            "public partial class A\n{\n"
            "    [JsonPropertyName(\"id\")]\n    public string Id { get; set; }\n"
            "    [JsonPropertyName(\"ID\")]\n    public string Id { get; set; }\n"
            "    public void Id2() { var b = new B { Id = 1 }; }\n"
            "}\n"
            "public partial class B\n{\n    public int Id { get; set; }\n}\n"
        )
        second = '[JsonPropertyName("ID")]\n    public string Id {'
        self.assertEqual(fixed(source), source.replace(second, second.replace("Id {", "Id_2 {")))

    def test_members_of_the_same_name_in_different_types_are_not_duplicates(self):
        source = "public enum A { X = 0, Y = 1, }\npublic enum B { X = 0, }\npublic class C { public A X { get; set; } }\n"
        self.assertEqual(fixed(source), source)


if __name__ == "__main__":
    unittest.main()
