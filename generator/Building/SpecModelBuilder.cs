using System.Collections.Generic;
using System.Linq;
using ConferenceGen.Generator.Building.Operations;
using ConferenceGen.Generator.Building.Schemas;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>
/// Turns a read OpenAPI document into the generator's own model of the API: plain, equatable records, with
/// every name made a safe identifier. Passes: component names, security and servers, operations (which declare
/// the types they use), callback and webhook payloads, then the remaining component schemas.
/// </summary>
internal sealed class SpecModelBuilder
{
    private readonly OpenApiDocument _document;
    private readonly SpecSettings _settings;
    private readonly DiagnosticList _diagnostics;
    private readonly string _fileName;

    public SpecModelBuilder(OpenApiDocument document, SpecSettings settings, string fileName, DiagnosticList diagnostics)
    {
        _document = document;
        _settings = settings;
        _fileName = fileName;
        _diagnostics = diagnostics;
    }

    public List<GeneratedUnit> Build()
    {
        var clientName = _settings.ClientName;
        var optionsName = clientName + "Options";
        var interfaceName = "I" + clientName;
        var webhooksName = clientName + "Webhooks";
        var typeNames = new NameScope(clientName, interfaceName, optionsName, clientName + "ServiceCollectionExtensions", webhooksName);
        var types = new SchemaCatalogue(_diagnostics, typeNames, _settings.StrictEnums);
        types.ReserveComponentNames(_document.Components?.Schemas);
        types.GatherFormatEnums(_document);

        var optionNames = new NameScope("BaseAddress", "AllowInsecureCredentials", "Core", "Options", "HttpClient");
        var security = new SecurityBuilder(_document.Components?.SecuritySchemes, _document.Security, optionNames, _diagnostics);
        var servers = new ServerBuilder(_document.Servers, optionNames, _diagnostics);
        var methodNames = new NameScope();
        var operations = new OperationBuilder(types, _diagnostics, servers, security, methodNames, _settings.NextLinks);

        var selector = new OperationSelector(_settings.Filter);
        var scope = new UnitScope(_settings.Namespace, _settings.Visibility, _diagnostics.SourceMap.Path);
        var operationUnits = new List<OperationUnit>();
        var (total, selected) = (0, 0);
        foreach (var path in _document.Paths ?? new OpenApiPaths())
        {
            var pathItem = path.Value is OpenApiPathItemReference reference ? References.TargetOf(() => reference.Target) : path.Value;
            var pathPointer = "#/paths/" + Pointer.Escape(path.Key);
            if (pathItem?.Operations is null)
            {
                continue;
            }

            foreach (var operation in pathItem.Operations)
            {
                if (operation.Value is null)
                {
                    continue;
                }

                total++;
                if (!selector.Includes(path.Key, operation.Value))
                {
                    continue;
                }

                selected++;
                var pointer = pathPointer + "/" + operation.Key.Method.ToLowerInvariant();
                var key = PathKey.Of(path.Key);
                if (path.Key.IndexOf('#') >= 0 || key.QueryHasVariable)
                {
                    // A fragment is never sent, and a variable in the query has no parameter that fills it: sent
                    // as written, either would call another resource.
                    _diagnostics.Add(DiagnosticDescriptors.OperationSkipped, pointer, operation.Key.Method + " " + path.Key, key.QueryHasVariable
                        ? "its query holds a template variable; declare query parameters in 'parameters' instead"
                        : "its path holds a fragment ('#'), which is never sent");
                    continue;
                }

                foreach (var generated in operations.Build(key, pathItem, operation.Key, operation.Value, pointer))
                {
                    operationUnits.Add(new OperationUnit(scope, clientName, interfaceName, generated.Key, generated.Model));
                }
            }
        }

        if (selected == 0 && total > 0)
        {
            _diagnostics.Add(DiagnosticDescriptors.FilterSelectsNothing, _diagnostics.SourceMap.FileStart, _fileName, total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // Callback and webhook payloads are requests the API sends to the user: their bodies become typed models.
        foreach (var payload in Payloads(selector))
        {
            types.Resolve(payload.Schema, payload.Name, payload.Pointer);
        }

        // Their receivers: the payload types above, read from a verified request (the types are found again, not redeclared).
        var webhooks = new WebhookBuilder(_document, types).Build(webhooksName, selector, _settings.WebhookSignature);

        // Every component schema is generated, used or not (users read webhook payloads and the like with them),
        // unless the spec's operations are filtered: then only what the chosen operations use.
        if (_settings.Filter.IsAll)
        {
            foreach (var schema in _document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            {
                types.Resolve(new OpenApiSchemaReference(schema.Key, _document), schema.Key, References.ComponentSchema(schema.Key));
            }
        }

        var client = new ClientModel(
            clientName,
            interfaceName,
            optionsName,
            _document.Info?.Title,
            _document.Info?.Description,
            servers.Default,
            servers.Variables,
            security.Credentials);

        // A spec of webhooks only (no paths) describes requests the user receives, not an API to call: no client.
        var units = total == 0 && webhooks is not null
            ? new List<GeneratedUnit>()
            : new List<GeneratedUnit> { new ClientUnit(scope, client), new OptionsUnit(scope, client) };
        units.AddRange(operationUnits);

        foreach (var model in types.Objects)
        {
            units.Add(new ObjectUnit(scope, model.Freeze()));
        }

        foreach (var model in types.Unions)
        {
            units.Add(new UnionUnit(scope, model));
        }

        foreach (var model in types.Enums)
        {
            units.Add(new EnumUnit(scope, model));
        }

        if (webhooks is not null)
        {
            units.Add(new WebhooksUnit(scope, webhooks));
        }

        return units;
    }

    /// <summary>The request body schemas of every operation's callbacks and of the 3.1 webhooks, with names for inline ones.</summary>
    private IEnumerable<(IOpenApiSchema Schema, string Name, string Pointer)> Payloads(OperationSelector selector)
    {
        foreach (var (owner, pointer, operation) in CallbackOwner.Of(_document, selector))
        {
            foreach (var callback in operation.Callbacks ?? new Dictionary<string, IOpenApiCallback>())
            {
                foreach (var found in PathItemPayloads(callback.Value?.PathItems?.Values, owner + Identifier.Pascal(callback.Key, "Callback"), pointer + Pointer.Escape(callback.Key)))
                {
                    yield return found;
                }
            }
        }

        foreach (var webhook in _document.Webhooks ?? new Dictionary<string, IOpenApiPathItem>())
        {
            foreach (var found in PathItemPayloads(new[] { webhook.Value }, Identifier.Pascal(webhook.Key, "Webhook"), "#/webhooks/" + Pointer.Escape(webhook.Key)))
            {
                yield return found;
            }
        }
    }

    private static IEnumerable<(IOpenApiSchema Schema, string Name, string Pointer)> PathItemPayloads(IEnumerable<IOpenApiPathItem>? items, string name, string pointer)
    {
        foreach (var item in items ?? Enumerable.Empty<IOpenApiPathItem>())
        {
            foreach (var operation in item?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                foreach (var media in operation.Value?.RequestBody?.Content ?? new Dictionary<string, IOpenApiMediaType>())
                {
                    if (media.Value?.Schema is { } schema)
                    {
                        yield return (schema, name + "Payload", pointer);
                    }
                }
            }
        }
    }
}
