using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>Parameters of every location and style arrive as OpenAPI's serialisation rules say (parameters.yaml).</summary>
public sealed class ParameterStyleTests
{
    [Fact]
    public async Task Every_style_and_explode_is_serialised_as_specified()
    {
        using var generated = Generated.Compile("parameters.yaml", "Tests.Parameters");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(200, "OK"));
        using var http = new HttpClient();
        var client = generated.Client("ParametersClient", server, http);
        dynamic filter = generated.New("ListItemsFilter");
        filter.Name = "red box";
        filter.MinPrice = 2.5;

        await client.ListItemsAsync(
            "AC/1", new List<int> { 3, 4 }, "req-1", 10,
            tag: new List<string> { "a", "b" },
            color: new List<string> { "red", "blue" },
            size: new List<int> { 1, 2 },
            shape: new List<string> { "x", "y" },
            filter: filter,
            dateCreatedBefore: new DateOnly(2024, 1, 31),
            dateCreatedAfter: new DateOnly(2023, 12, 1),
            priceAtLeast: 9.99,
            xFlags: new List<string> { "f1", "f2" },
            session: "s p");

        var request = server.SingleRequest();
        Assert.Equal("/accounts/AC%2F1/items/3,4.json", request.Path);
        Assert.Equal(
            "tag=a&tag=b&color=red%2Cblue&size=1%202&shape=x%7Cy&filter%5Bname%5D=red%20box&filter%5BminPrice%5D=2.5"
            + "&DateCreated%3C=2024-01-31&DateCreated%3E=2023-12-01&Price%3E%3D=9.99&limit=10",
            request.Query);
        Assert.Equal("req-1", request.Header("X-Request-Id"));
        Assert.Equal("f1,f2", request.Header("X-Flags"));
        Assert.Equal("session=s%20p", request.Header("Cookie"));
    }

    [Fact]
    public async Task Optional_parameters_left_out_are_not_sent()
    {
        using var generated = Generated.Compile("parameters.yaml", "Tests.Parameters");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Empty(200, "OK"));
        using var http = new HttpClient();
        var client = generated.Client("ParametersClient", server, http);

        await client.ListItemsAsync("AC1", new List<int> { 7 }, "req-2", 0);

        var request = server.SingleRequest();
        Assert.Equal("/accounts/AC1/items/7.json?limit=0", request.Target);
        Assert.Null(request.Header("X-Flags"));
        Assert.Null(request.Header("Cookie"));
    }

    [Fact]
    public void The_spec_authorization_header_parameter_is_left_to_the_security_scheme()
    {
        using var generated = Generated.Compile("parameters.yaml", "Tests.Parameters");

        var method = generated.Type("ParametersClient").GetMethod("ListItemsAsync")!;
        Assert.DoesNotContain(method.GetParameters(), p => p.Name == "authorization");
    }
}
