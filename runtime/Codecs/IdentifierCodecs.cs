using System;
using System.Text.Json;

namespace ConferenceGen.Runtime.Codecs;

/// <summary>UUID; <c>type: string, format: uuid</c>. Written in the lower-case 8-4-4-4-12 form.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class GuidCodec : TextCodec<Guid>
{
    /// <summary>The one instance.</summary>
    public static readonly GuidCodec Instance = new();
    /// <inheritdoc />
    public override Guid Read(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetGuid(out var value) ? value : Parse(ScalarText.Of(ref reader, "a UUID"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Guid value) => writer.WriteStringValue(value);

    /// <inheritdoc />
    public override string Format(Guid value) => value.ToString("D");

    /// <inheritdoc />
    public override Guid Parse(string text) => Guid.TryParse(text, out var value) ? value : throw JsonRead.Invalid("a UUID", text);
}

/// <summary>
/// URI; <c>type: string, format: uri</c>. Absolute or relative; written exactly as given
/// (<see cref="Uri.OriginalString"/>), so <c>https://example.com</c> does not gain a trailing slash.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class UriCodec : TextCodec<Uri>
{
    /// <summary>The one instance.</summary>
    public static readonly UriCodec Instance = new();
    /// <inheritdoc />
    public override Uri Read(ref Utf8JsonReader reader) => Parse(ScalarText.Of(ref reader, "a URI"));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Uri value) => writer.WriteStringValue(value.OriginalString);

    /// <inheritdoc />
    public override string Format(Uri value) => value.OriginalString;

    /// <inheritdoc />
    /// <remarks>
    /// Empty text is no URI (Twilio sends <c>""</c> for an unset URL): like any unreadable text it is refused, which
    /// makes an optional property null rather than a relative <c>Uri("")</c>.
    /// </remarks>
    public override Uri Parse(string text) =>
        text.Length > 0 && Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var value) ? value : throw JsonRead.Invalid("a URI", text);
}
