using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ConferenceGen.Generator.Building.Operations;
using ConferenceGen.Generator.Building.Schemas;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>
/// The requests the API sends to its user: every operation's <c>callbacks</c> and the 3.1 <c>webhooks</c>. Each
/// request of one method with a JSON or form body becomes a receiver of its payload's type; the requests that arrive at
/// one URL (an operation's callbacks under one URL expression, or all of a spec's webhooks, which the vendor sends to
/// the one URL configured for them) also get one receiver of them all when their payloads name their kind in a common
/// top-level field of one value each (<c>eventType: {enum: [conferenceCreated]}</c>).
/// </summary>
internal sealed class WebhookBuilder
{
    private readonly OpenApiDocument _document;
    private readonly SchemaCatalogue _types;
    private readonly NameScope _names = new("Verifier");
    private readonly List<WebhookModel> _receivers = new();
    private readonly List<WebhookEventsModel> _events = new();

    public WebhookBuilder(OpenApiDocument document, SchemaCatalogue types)
    {
        _document = document;
        _types = types;
    }

    /// <summary>The receivers of the chosen operations' callbacks and of the webhooks; their payload types are declared as they are found.</summary>
    public WebhooksModel? Build(string className, OperationSelector selector, WebhookSignatureScheme signature)
    {
        foreach (var (owner, pointer, operation) in CallbackOwner.Of(_document, selector))
        {
            // The callbacks of one operation under one URL expression arrive at one URL.
            var byUrl = new Dictionary<string, List<(WebhookModel, IOpenApiSchema)>>(StringComparer.Ordinal);
            foreach (var callback in operation.Callbacks ?? new Dictionary<string, IOpenApiCallback>())
            {
                var name = owner + Identifier.Pascal(callback.Key, "Callback");
                foreach (var item in callback.Value?.PathItems ?? new Dictionary<RuntimeExpression, IOpenApiPathItem>())
                {
                    var url = item.Key?.Expression ?? string.Empty;
                    if (!byUrl.TryGetValue(url, out var atUrl))
                    {
                        byUrl[url] = atUrl = new List<(WebhookModel, IOpenApiSchema)>();
                    }

                    atUrl.AddRange(Receivers(item.Value, name, "callback '" + callback.Key + "' of " + owner, url, pointer + Pointer.Escape(callback.Key)));
                }
            }

            foreach (var atUrl in byUrl)
            {
                AddEvents(owner + "Events", "the callbacks of " + owner + " to " + atUrl.Key, atUrl.Value);
            }
        }

        var webhooks = new List<(WebhookModel, IOpenApiSchema)>();
        foreach (var webhook in _document.Webhooks ?? new Dictionary<string, IOpenApiPathItem>())
        {
            webhooks.AddRange(Receivers(webhook.Value, Identifier.Pascal(webhook.Key, "Webhook"), "webhook '" + webhook.Key + "'", null, "#/webhooks/" + Pointer.Escape(webhook.Key)));
        }

        AddEvents("Events", "the spec's webhooks, at the one URL configured for them", webhooks);
        return _receivers.Count == 0 ? null : new WebhooksModel(className, _document.Info?.Title, _receivers.ToEquatableArray(), _events.ToEquatableArray(), signature);
    }

    private IEnumerable<(WebhookModel Model, IOpenApiSchema Schema)> Receivers(IOpenApiPathItem? item, string name, string origin, string? url, string pointer)
    {
        var operations = item?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>();
        foreach (var operation in operations)
        {
            var verb = Verbs.Of(operation.Key);
            var content = operation.Value?.RequestBody?.Content;
            if (verb == HttpVerb.Extension || content is null)
            {
                continue;
            }

            var json = content.FirstOrDefault(media => MediaTypes.IsJson(media.Key) && media.Value?.Schema is not null);
            var form = content.FirstOrDefault(media => MediaTypes.Classify(media.Key) == BodyKind.Form && media.Value?.Schema is not null);
            var schema = (json.Value ?? form.Value)?.Schema;
            if (schema is null)
            {
                continue;
            }

            // The payload's name is the one it always had (payload types were generated before their receivers).
            var payload = _types.Resolve(schema, name + "Payload", pointer);
            var readsForm = form.Value?.Schema is { } formSchema && payload.Kind == TypeKind.Object
                && (ReferenceEquals(formSchema, schema) || _types.Resolve(formSchema, name + "Payload", pointer).IsSameTypeAs(payload));
            var readsJson = json.Value is not null;
            if (!readsJson && !readsForm)
            {
                continue;
            }

            var model = new WebhookModel(
                _names.Claim(operations.Count > 1 ? name + Identifier.Pascal(operation.Key.Method.ToLowerInvariant(), "Request") : name),
                origin,
                url,
                operation.Value?.Summary ?? operation.Value?.Description ?? item?.Summary,
                verb,
                payload,
                readsJson,
                readsForm);
            _receivers.Add(model);
            yield return (model, schema);
        }
    }

    /// <summary>One receiver for requests of one method at one URL whose payloads name their kind in a common field.</summary>
    private void AddEvents(string name, string origin, IReadOnlyList<(WebhookModel Model, IOpenApiSchema Schema)> found)
    {
        foreach (var method in found.Select(f => f.Model.Method).Distinct())
        {
            var group = found.Where(f => f.Model.Method == method && f.Model.Payload.Kind is TypeKind.Object).ToList();
            if (group.Count < 2)
            {
                continue;
            }

            var constants = group.Select(g => Constants(g.Schema)).ToList();
            var discriminator = constants[0].Keys
                .OrderBy(key => key, StringComparer.Ordinal)
                .FirstOrDefault(key => constants.All(c => c.ContainsKey(key)) && constants.Select(c => c[key]).Distinct(StringComparer.Ordinal).Count() == group.Count);
            if (discriminator is null)
            {
                continue;
            }

            var cases = group.Select((g, i) => new WebhookEventCaseModel(constants[i][discriminator], g.Model.Payload, g.Model.Json, g.Model.Form));
            _events.Add(new WebhookEventsModel(_names.Claim(name), origin, method, discriminator, cases.ToEquatableArray()));
        }
    }

    /// <summary>The payload's top-level properties that hold one string value only (an enum of one, or a const), with that value.</summary>
    private static Dictionary<string, string> Constants(IOpenApiSchema schema)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in new[] { schema }.Concat(schema.AllOf ?? new List<IOpenApiSchema>()))
        {
            foreach (var property in part?.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                var values = property.Value?.Enum;
                if (values is { Count: 1 } && values[0] is JsonValue text && text.TryGetValue<string>(out var value))
                {
                    constants[property.Key] = value;
                }
                else if (property.Value?.Const is { } constant)
                {
                    constants[property.Key] = constant;
                }
            }
        }

        return constants;
    }
}
