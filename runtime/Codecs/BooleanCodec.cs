using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>JSON boolean; <c>type: boolean</c>. Written as <c>true</c>/<c>false</c> in text; a quoted boolean is read too.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class BooleanCodec : TextCodec<bool>
{
    /// <summary>The one instance.</summary>
    public static readonly BooleanCodec Instance = new();
    /// <inheritdoc />
    public override bool Read(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String => Parse(reader.GetString()!),
        _ => throw JsonRead.Unexpected(ref reader, "a boolean"),
    };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

    /// <inheritdoc />
    public override string Format(bool value) => value ? "true" : "false";

    /// <inheritdoc />
    public override bool Parse(string text) => bool.TryParse(text, out var value) ? value : throw JsonRead.Invalid("a boolean", text);

    internal override bool AcceptsKind(JsonValueKind kind) => kind is JsonValueKind.True or JsonValueKind.False;
}
