using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>Small steps that generated object readers are made of, so that each model's reader stays short.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class JsonRead
{
    /// <summary>Checks that the reader is on the start of an object.</summary>
    public static void BeginObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {Describe(reader.TokenType)}.");
        }
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new JsonException($"Expected a property name but found {Describe(reader.TokenType)}."),
        };
    }

    /// <summary>Skips the value the reader is on, of a property this model does not know (servers add fields over time).</summary>
    public static void SkipValue(ref Utf8JsonReader reader) => reader.Skip();

    /// <summary>The error for a required property that the JSON did not contain.</summary>
    public static JsonException MissingProperty(string typeName, string wireName) =>
        new($"The JSON for {typeName} has no required property '{wireName}'.");

    /// <summary>The error for a token of the wrong kind.</summary>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected} but found {Describe(reader.TokenType)}.");

    /// <summary>The error for a string that does not parse as the expected kind of value.</summary>
    public static JsonException Invalid(string expected, string text, Exception? inner = null) =>
        new ValueFormatException($"Expected {expected} but found \"{Truncate(text, 64)}\".", inner);

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.None => "the end of the document",
        _ => token.ToString(),
    };

    /// <summary>At most <paramref name="length"/> characters of a value, for an error message.</summary>
    internal static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "…";
}
