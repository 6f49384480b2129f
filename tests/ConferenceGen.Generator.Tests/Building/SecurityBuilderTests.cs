using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building;

/// <summary>Security schemes as credentials of the options, and requirements as the alternatives a request tries in order.</summary>
public sealed class SecurityBuilderTests
{
    private const string Schemes = """
        components:
          securitySchemes:
            basic: {type: http, scheme: basic}
            token: {type: http, scheme: bearer}
            key: {type: apiKey, in: header, name: X-Api-Key}

        """;

    private static BuiltSpec Secured(string documentSecurity, string operationSecurity) => BuiltSpec.From(BuiltSpec.Header + Schemes + $$$"""
        security: {{{documentSecurity}}}
        paths:
          /calls:
            get:
              operationId: listCalls
              {{{operationSecurity}}}
              responses: {'204': {description: none}}
        """);

    private static string[][] Alternatives(OperationModel operation) =>
        operation.SecurityAlternatives.Select(a => a.Credentials.Select(c => c.SchemeName).ToArray()).ToArray();

    [Theory]
    [InlineData("{type: http, scheme: basic}", nameof(CredentialKind.Basic), nameof(ApiKeyLocation.Header), null)]
    [InlineData("{type: http, scheme: Bearer}", nameof(CredentialKind.Bearer), nameof(ApiKeyLocation.Header), null)]
    [InlineData("{type: oauth2, flows: {authorizationCode: {authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: {}}}}", nameof(CredentialKind.Bearer), nameof(ApiKeyLocation.Header), null)]
    [InlineData("{type: openIdConnect, openIdConnectUrl: 'https://auth.example.com/.well-known/openid-configuration'}", nameof(CredentialKind.Bearer), nameof(ApiKeyLocation.Header), null)]
    [InlineData("{type: apiKey, in: header, name: X-Api-Key}", nameof(CredentialKind.ApiKey), nameof(ApiKeyLocation.Header), "X-Api-Key")]
    [InlineData("{type: apiKey, in: query, name: api_key}", nameof(CredentialKind.ApiKey), nameof(ApiKeyLocation.Query), "api_key")]
    [InlineData("{type: apiKey, in: cookie, name: session}", nameof(CredentialKind.ApiKey), nameof(ApiKeyLocation.Cookie), "session")]
    public void Each_supported_scheme_is_a_credential_of_its_kind(string scheme, string kind, string location, string? keyName)
    {
        var client = BuiltSpec.From(BuiltSpec.Header + $"paths: {{}}\ncomponents: {{securitySchemes: {{auth: {scheme}}}}}\n").Client;

        Assert.Equal(new CredentialModel("Auth", "auth", System.Enum.Parse<CredentialKind>(kind), System.Enum.Parse<ApiKeyLocation>(location), keyName, null), Assert.Single(client.Credentials));
    }

    [Fact]
    public void An_OAuth2_client_credentials_flow_is_client_credentials_with_the_spec_token_URL_and_scopes()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + """
            paths: {}
            components:
              securitySchemes:
                auth:
                  type: oauth2
                  flows:
                    authorizationCode: {authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/code', scopes: {}}
                    clientCredentials: {tokenUrl: 'https://auth.example.com/token', scopes: {calls: Place calls, conferences: Manage conferences}}
            """).Client;

        var credential = Assert.Single(client.Credentials);

        Assert.Equal(CredentialKind.OAuth2ClientCredentials, credential.Kind);
        Assert.Equal("https://auth.example.com/token", credential.TokenUrl);
        Assert.Equal(new[] { "calls", "conferences" }, credential.Scopes);
    }

    [Fact]
    public void A_relative_token_URL_is_no_default_the_user_sets_the_token_URL()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + "paths: {}\ncomponents: {securitySchemes: {auth: {type: oauth2, flows: {clientCredentials: {tokenUrl: /oauth/token, scopes: {}}}}}}\n").Client;

        var credential = Assert.Single(client.Credentials);

        Assert.Equal(CredentialKind.OAuth2ClientCredentials, credential.Kind);
        Assert.Null(credential.TokenUrl);
    }

    [Fact]
    public void A_credential_is_named_after_its_scheme_key_and_keeps_its_description()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + """
            paths: {}
            components:
              securitySchemes:
                accountSid_authToken: {type: http, scheme: basic, description: The account SID and auth token.}
            """).Client;

        var credential = Assert.Single(client.Credentials);
        Assert.Equal(("AccountSidAuthToken", "The account SID and auth token."), (credential.PropertyName, credential.Description));
    }

    [Fact]
    public void A_scheme_named_like_a_member_of_the_options_takes_a_number()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + """
            paths: {}
            components:
              securitySchemes:
                options: {type: http, scheme: basic}
                core: {type: http, scheme: bearer}
            """).Client;

        Assert.Equal(new[] { "Options2", "Core2" }, client.Credentials.Select(c => c.PropertyName));
    }

    [Fact]
    public void An_unsupported_scheme_is_no_credential_and_a_CG0005()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            paths: {}
            components:
              securitySchemes:
                digest: {type: http, scheme: digest}
                basic: {type: http, scheme: basic}
            """);

        Assert.Equal(new[] { "basic" }, spec.Client.Credentials.Select(c => c.SchemeName));
        Assert.Contains("'digest'", spec.Message("CG0005"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_operation_without_security_of_its_own_tries_the_document_s_alternatives_in_order()
    {
        var operation = Secured("[{token: []}, {basic: []}]", string.Empty).Operation();

        Assert.Equal(new[] { new[] { "token" }, new[] { "basic" } }, Alternatives(operation));
    }

    [Fact]
    public void An_operation_s_own_security_replaces_the_document_s()
    {
        var operation = Secured("[{token: []}]", "security: [{key: []}]").Operation();

        Assert.Equal(new[] { new[] { "key" } }, Alternatives(operation));
    }

    [Fact]
    public void An_empty_security_list_on_an_operation_sends_no_credentials()
    {
        var operation = Secured("[{token: []}]", "security: []").Operation();

        Assert.Empty(operation.SecurityAlternatives);
    }

    [Fact]
    public void A_requirement_of_two_schemes_needs_both()
    {
        var operation = Secured("[{basic: [], key: []}]", string.Empty).Operation();

        Assert.Equal(new[] { new[] { "basic", "key" } }, Alternatives(operation));
    }

    [Fact]
    public void An_empty_requirement_allows_anonymous_access_so_later_alternatives_are_never_needed()
    {
        var operation = Secured("[{basic: []}, {}, {token: []}]", string.Empty).Operation();

        Assert.Equal(new[] { new[] { "basic" } }, Alternatives(operation));
    }

    [Fact]
    public void A_requirement_naming_a_scheme_the_client_lacks_is_left_out()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            components:
              securitySchemes:
                basic: {type: http, scheme: basic}
                digest: {type: http, scheme: digest}
            security: [{digest: []}, {basic: []}]
            paths:
              /calls:
                get: {operationId: listCalls, responses: {'204': {description: none}}}
            """);

        Assert.Equal(new[] { new[] { "basic" } }, Alternatives(spec.Operation()));
    }
}
