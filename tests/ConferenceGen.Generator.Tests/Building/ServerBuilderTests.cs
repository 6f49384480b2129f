using System.Linq;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Building;

/// <summary>The client's default server, operations' own servers, and the options properties their variables become.</summary>
public sealed class ServerBuilderTests
{
    private const string NoOperations = "\npaths: {}\n";

    [Fact]
    public void The_first_server_is_the_default_its_variables_filled_from_options_properties()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + """
            servers:
              - url: https://{space}.signalwire.com/api/{version}
                variables:
                  space: {default: example, description: Your space.}
                  version: {default: v1, enum: [v1, v2]}
              - url: https://backup.example.com
            """ + NoOperations).Client;

        Assert.Equal("https://{space}.signalwire.com/api/{version}", client.Server.Url);
        Assert.Equal(
            new[] { UrlSegment.Fixed("https://"), UrlSegment.Variable("Space"), UrlSegment.Fixed(".signalwire.com/api/"), UrlSegment.Variable("Version") },
            client.Server.Segments);
        Assert.Equal(
            new[]
            {
                new ServerVariableModel("Space", "space", "example", "Your space.", EquatableArray<string>.Empty),
                new ServerVariableModel("Version", "version", "v1", null, new[] { "v1", "v2" }.ToEquatableArray()),
            },
            client.ServerVariables);
    }

    [Fact]
    public void A_variable_without_a_default_has_none_so_that_the_options_require_it()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + """
            servers:
              - url: https://{region}.example.com
                variables:
                  region: {default: ''}
            """ + NoOperations).Client;

        Assert.Null(Assert.Single(client.ServerVariables).Default);
    }

    [Fact]
    public void A_spec_without_servers_has_the_root_of_the_base_address()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + NoOperations).Client;

        Assert.Equal(new ServerModel("/", new[] { UrlSegment.Fixed("/") }.ToEquatableArray()), client.Server);
        Assert.Empty(client.ServerVariables);
    }

    [Fact]
    public void A_variable_the_server_does_not_declare_is_still_an_options_property_with_a_CG0008()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            servers:
              - url: https://{tenant}.example.com
            """ + NoOperations);

        Assert.Equal(new ServerVariableModel("Tenant", "tenant", null, null, EquatableArray<string>.Empty), Assert.Single(spec.Client.ServerVariables));
        Assert.Contains("'{tenant}'", spec.Message("CG0008"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_variable_named_like_a_member_of_the_options_takes_a_number()
    {
        var client = BuiltSpec.From(BuiltSpec.Header + """
            servers:
              - url: https://{baseAddress}/{httpClient}
                variables:
                  baseAddress: {default: a}
                  httpClient: {default: b}
            """ + NoOperations).Client;

        Assert.Equal(new[] { "BaseAddress2", "HttpClient2" }, client.ServerVariables.Select(v => v.PropertyName));
    }

    [Fact]
    public void An_operation_s_own_server_is_its_server_and_a_path_item_s_server_is_its_operations()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            servers: [{url: 'https://api.example.com'}]
            paths:
              /upload:
                post:
                  operationId: upload
                  servers: [{url: 'https://uploads.example.com'}]
                  responses: {'204': {description: none}}
              /media:
                servers: [{url: 'https://media.example.com'}]
                get: {operationId: getMedia, responses: {'204': {description: none}}}
              /calls:
                get: {operationId: listCalls, responses: {'204': {description: none}}}
            """);

        Assert.Equal(new[] { "https://uploads.example.com", "https://media.example.com", null }, spec.Operations.Select(o => o.Server?.Url));
        Assert.Contains(spec.Operations, o => o.Server is not null);
    }

    [Fact]
    public void An_operation_server_equal_to_the_default_is_no_server_of_its_own()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            servers: [{url: 'https://api.example.com'}]
            paths:
              /calls:
                get:
                  operationId: listCalls
                  servers: [{url: ' https://api.example.com '}]
                  responses: {'204': {description: none}}
            """);

        Assert.Null(spec.Operation().Server);
        Assert.DoesNotContain(spec.Operations, o => o.Server is not null);
    }

    [Fact]
    public void A_variable_of_several_servers_is_one_options_property_in_the_order_met()
    {
        var spec = BuiltSpec.From(BuiltSpec.Header + """
            servers:
              - url: https://{region}.example.com
                variables: {region: {default: us1}}
            paths:
              /upload:
                post:
                  operationId: upload
                  servers:
                    - url: https://{region}.uploads.example.com/{bucket}
                      variables: {region: {default: eu1}, bucket: {default: media}}
                  responses: {'204': {description: none}}
            """);

        Assert.Equal(new (string, string?)[] { ("Region", "us1"), ("Bucket", "media") }, spec.Client.ServerVariables.Select(v => (v.PropertyName, v.Default)));
        Assert.Equal(UrlSegment.Variable("Region"), spec.Operation().Server!.Segments[1]);
    }
}
