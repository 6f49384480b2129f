using System;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>One documented kind of <see cref="WebhookEvent"/>: its discriminator value and the reader of its payload.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class WebhookEventCase
{
    private readonly Func<WebhookRequest, string, object> _read;

    private WebhookEventCase(string value, Func<WebhookRequest, string, object> read)
    {
        Value = value;
        _read = read;
    }

    /// <summary>The discriminator value.</summary>
    public string Value { get; }

    /// <summary>The kind whose discriminator is <paramref name="value"/>, read by <paramref name="reader"/>.</summary>
    public static WebhookEventCase Of<T>(string value, WebhookPayloadReader<T> reader)
        where T : class
    {
        Guard.NotNull(value);
        Guard.NotNull(reader);
        return new WebhookEventCase(value, (request, webhook) => reader.Read(request, webhook));
    }

    internal object Read(WebhookRequest request, string webhook) => _read(request, webhook);
}
