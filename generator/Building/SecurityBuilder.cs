using System;
using System.Collections.Generic;
using ConferenceGen.Generator.Diagnostics;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>Security schemes become credentials properties of the options; requirements become the order a request tries them in.</summary>
internal sealed class SecurityBuilder
{
    private readonly Dictionary<string, CredentialModel> _byScheme = new(StringComparer.Ordinal);
    private readonly List<CredentialModel> _credentials = new();
    private readonly IList<OpenApiSecurityRequirement>? _documentSecurity;
    private readonly DiagnosticList _diagnostics;

    public SecurityBuilder(IDictionary<string, IOpenApiSecurityScheme>? schemes, IList<OpenApiSecurityRequirement>? documentSecurity, NameScope optionNames, DiagnosticList diagnostics)
    {
        _documentSecurity = documentSecurity;
        _diagnostics = diagnostics;
        foreach (var pair in schemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            var scheme = pair.Value is OpenApiSecuritySchemeReference reference ? References.TargetOf(() => reference.Target) : pair.Value;
            var pointer = "#/components/securitySchemes/" + Pointer.Escape(pair.Key);
            var credential = scheme is null ? null : Credential(pair.Key, scheme, optionNames);
            if (credential is null)
            {
                _diagnostics.Add(DiagnosticDescriptors.UnsupportedConstruct, pointer, $"The security scheme '{pair.Key}'", "operations that need it are sent without its credentials");
                continue;
            }

            _byScheme[pair.Key] = credential;
            _credentials.Add(credential);
        }
    }

    public EquatableArray<CredentialModel> Credentials => _credentials.ToEquatableArray();

    /// <summary>The alternatives of an operation's security (or the document's, when it has none of its own).</summary>
    public EquatableArray<SecurityAlternative> Alternatives(IList<OpenApiSecurityRequirement>? operationSecurity)
    {
        var requirements = operationSecurity ?? _documentSecurity ?? new List<OpenApiSecurityRequirement>();
        var alternatives = new List<SecurityAlternative>();
        foreach (var requirement in requirements)
        {
            var needed = new List<CredentialModel>();
            var usable = true;
            foreach (var scheme in requirement.Keys)
            {
                var id = scheme.Reference?.Id;
                if (id is not null && _byScheme.TryGetValue(id, out var credential))
                {
                    needed.Add(credential);
                }
                else
                {
                    usable = false;
                }
            }

            if (!usable)
            {
                continue;
            }

            if (needed.Count == 0)
            {
                // Anonymous access is allowed here: later alternatives are never needed.
                break;
            }

            alternatives.Add(new SecurityAlternative(needed.ToEquatableArray()));
        }

        return alternatives.ToEquatableArray();
    }

    private static CredentialModel? Credential(string key, IOpenApiSecurityScheme scheme, NameScope optionNames)
    {
        string Name(string fallback) => optionNames.Claim(Identifier.Pascal(key, fallback));
        switch (scheme.Type)
        {
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                return new CredentialModel(Name("BasicAuth"), key, CredentialKind.Basic, default, null, scheme.Description);
            case SecuritySchemeType.OAuth2 when scheme.Flows?.ClientCredentials is { } flow:
                var tokenUrl = flow.TokenUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) ? url.OriginalString : null;
                var scopes = (flow.Scopes?.Keys ?? (IEnumerable<string>)Array.Empty<string>()).ToEquatableArray();
                return new CredentialModel(Name("OAuth2"), key, CredentialKind.OAuth2ClientCredentials, default, null, scheme.Description, tokenUrl, scopes);
            case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
            case SecuritySchemeType.OAuth2:
            case SecuritySchemeType.OpenIdConnect:
                return new CredentialModel(Name("BearerAuth"), key, CredentialKind.Bearer, default, null, scheme.Description);
            case SecuritySchemeType.ApiKey when scheme.In is Microsoft.OpenApi.ParameterLocation.Header or Microsoft.OpenApi.ParameterLocation.Query or Microsoft.OpenApi.ParameterLocation.Cookie && !string.IsNullOrEmpty(scheme.Name):
                var location = scheme.In switch
                {
                    Microsoft.OpenApi.ParameterLocation.Header => ApiKeyLocation.Header,
                    Microsoft.OpenApi.ParameterLocation.Query => ApiKeyLocation.Query,
                    _ => ApiKeyLocation.Cookie,
                };
                return new CredentialModel(Name("ApiKey"), key, CredentialKind.ApiKey, location, scheme.Name, scheme.Description);
            default:
                return null;
        }
    }
}
