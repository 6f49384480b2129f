using System;
using System.Collections.Generic;
using System.Text.Json;
using ConferenceGen.Runtime.Codecs;

namespace ConferenceGen.Runtime.Webhooks;

/// <summary>Reads a webhook's payload from a verified request. Made by generated code through <see cref="WebhookPayloadReader"/>.</summary>
/// <typeparam name="TPayload">The payload.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class WebhookPayloadReader<TPayload>
{
    private readonly Func<WebhookRequest, string, TPayload> _read;

    internal WebhookPayloadReader(Func<WebhookRequest, string, TPayload> read) => _read = read;

    /// <summary>Reads the payload; <paramref name="webhook"/> names the receiver in errors.</summary>
    /// <exception cref="WebhookPayloadException">The body is not the documented shape.</exception>
    public TPayload Read(WebhookRequest request, string webhook) => _read(request, webhook);
}

/// <summary>The payload readers generated receivers are made of.</summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class WebhookPayloadReader
{
    /// <summary>
    /// A body in the media types the spec documents: JSON read by <paramref name="codec"/>, a form (or a GET's query)
    /// read field by field into the model <paramref name="codec"/> describes. With both documented, the request's
    /// <c>Content-Type</c> chooses.
    /// </summary>
    public static WebhookPayloadReader<T> Body<T>(JsonCodec<T> codec, bool json, bool form)
    {
        Guard.NotNull(codec);
        if (form && codec is not IFormModelCodec)
        {
            throw new ArgumentException("Only a model is read from a form.", nameof(codec));
        }

        return new WebhookPayloadReader<T>((request, webhook) => (T)ReadBody(request, webhook, codec, json, form)!);
    }

    /// <summary>
    /// Several kinds of webhook at one URL, told apart by the payload's <paramref name="discriminator"/> field (a
    /// top-level JSON property or form field): each known value is read into its model; any other value, or none,
    /// is an unknown <see cref="WebhookEvent"/>, handed over as it is.
    /// </summary>
    public static WebhookPayloadReader<WebhookEvent> Events(string discriminator, params WebhookEventCase[] cases)
    {
        Guard.NotNullOrEmpty(discriminator);
        Guard.NotNull(cases);
        return new WebhookPayloadReader<WebhookEvent>((request, webhook) =>
        {
            var type = DiscriminatorOf(request, discriminator);
            foreach (var known in cases)
            {
                if (type is not null && string.Equals(known.Value, type, StringComparison.Ordinal))
                {
                    return new WebhookEvent(type, known.Read(request, webhook));
                }
            }

            return new WebhookEvent(type, null);
        });
    }

    private static object? ReadBody(WebhookRequest request, string webhook, Codec codec, bool json, bool form)
    {
        var isGet = string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase);
        if (form && (request.IsForm || isGet || !json))
        {
            if (!request.IsForm && !isGet)
            {
                throw new WebhookPayloadException(webhook, "the body is documented as a form, and its Content-Type is " + (request.MediaType ?? "missing") + ".", null);
            }

            try
            {
                return ((IFormModelCodec)codec).ReadForm(isGet ? request.Query : request.Form);
            }
            catch (JsonException e)
            {
                throw new WebhookPayloadException(webhook, e.Message, e);
            }
        }

        try
        {
            var reader = new Utf8JsonReader(request.Body.Span);
            reader.Read();
            var value = codec.ReadObject(ref reader);
            if (reader.Read())
            {
                throw new JsonException("There is more content after the JSON value.");
            }

            return value;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new WebhookPayloadException(webhook, "the body is not the documented JSON: " + e.Message, e);
        }
    }

    private static string? DiscriminatorOf(WebhookRequest request, string property)
    {
        if (request.IsForm || string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var field in request.IsForm ? request.Form : request.Query)
            {
                if (field.Key == property)
                {
                    return field.Value;
                }
            }

            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(request.Body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>A model that can be read from form fields (every generated model's codec).</summary>
internal interface IFormModelCodec
{
    object ReadForm(IReadOnlyList<KeyValuePair<string, string>> fields);
}
