using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ConferenceGen.Generator.Reading.Markdown;

/// <summary>A parameter's type as an OpenAPI schema, with the words that name it in a diagnostic.</summary>
internal sealed class ParameterType
{
    private ParameterType(JsonObject schema, string name)
    {
        Schema = schema;
        Name = name;
    }

    public JsonObject Schema { get; }

    /// <summary>How a diagnostic names the type: "boolean", "integer", "string (uri)", "string (one of GET, POST)".</summary>
    public string Name { get; }

    /// <summary>The JSON kind the type is sent as, to compare with an example's value.</summary>
    public string Kind => (Schema["type"] as JsonValue)?.GetValue<string>() ?? "object";

    public static ParameterType Of(string type, string? format = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null)
        {
            schema["format"] = format;
        }

        return new ParameterType(schema, format is null ? type : type + " (" + format + ")");
    }

    public static ParameterType String => Of("string");

    /// <summary>A type a page states in full (a rendered entry's type, format, values and default).</summary>
    public static ParameterType FromSchema(JsonObject schema, string name) => new(schema, name);

    public static ParameterType Enum(IReadOnlyList<string> values, string? defaultValue)
    {
        var schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };
        if (defaultValue is not null && values.Contains(defaultValue))
        {
            schema["default"] = defaultValue;
        }

        return new ParameterType(schema, "string (one of " + string.Join(", ", values) + ")");
    }

    public static ParameterType ArrayOf(ParameterType item) =>
        new(new JsonObject { ["type"] = "array", ["items"] = item.Schema.DeepClone() }, "array of " + item.Name);

    /// <summary>The type a Type column names, or null for a name that is no type the reader knows.</summary>
    public static ParameterType? Named(string text)
    {
        var name = Plain(text).ToLowerInvariant();
        if (name.EndsWith("[]", StringComparison.Ordinal))
        {
            return Named(name.Substring(0, name.Length - 2)) is { } item ? ArrayOf(item) : null;
        }

        foreach (var prefix in new[] { "array of ", "list of ", "array<", "list<" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Named(name.Substring(prefix.Length).TrimEnd('>', 's')) is { } item ? ArrayOf(item) : ArrayOf(String);
            }
        }

        return name switch
        {
            "string" or "str" or "text" => String,
            "integer" or "int" or "long" or "number (integer)" => Of("integer"),
            "int32" => Of("integer", "int32"),
            "int64" => Of("integer", "int64"),
            "number" or "float" or "double" or "decimal" => Of("number"),
            "boolean" or "bool" => Of("boolean"),
            "object" or "map" or "json" => new ParameterType(new JsonObject { ["type"] = "object" }, "object"),
            "array" or "list" => ArrayOf(String),
            "date" => Of("string", "date"),
            "datetime" or "date-time" or "timestamp" => Of("string", "date-time"),
            "uri" or "url" => Of("string", "uri"),
            "uuid" or "guid" => Of("string", "uuid"),
            _ => null,
        };
    }

    /// <summary>The type of an example's value.</summary>
    public static ParameterType OfValue(JsonNode? value) => value switch
    {
        JsonArray array => ArrayOf(array.Count > 0 ? OfValue(array[0]) : String),
        JsonObject => new ParameterType(new JsonObject { ["type"] = "object" }, "object"),
        JsonValue scalar when scalar.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => Of("boolean"),
        JsonValue scalar when scalar.GetValueKind() == System.Text.Json.JsonValueKind.Number => IsWhole(scalar) ? Of("integer") : Of("number"),
        _ => String,
    };

    private static bool IsWhole(JsonValue number) => number.ToJsonString().IndexOfAny(new[] { '.', 'e', 'E' }) < 0;

    // Type cells are often written as code (`boolean`) or links ([string](...)).
    private static string Plain(string text)
    {
        var plain = text.Replace("`", string.Empty).Trim();
        if (plain.StartsWith("[", StringComparison.Ordinal) && plain.IndexOf(']') > 0)
        {
            plain = plain.Substring(1, plain.IndexOf(']') - 1);
        }

        return plain.Trim();
    }
}
