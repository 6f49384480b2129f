using System;
using System.Linq;
using System.Reflection;
using ConferenceGen.Generator.Tests.Infrastructure;
using ConferenceGen.Testing;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>Enums keep exact wire values, name odd ones readably and tolerate unknown ones (enums.yaml).</summary>
public sealed class EnumTests
{
    [Fact]
    public void Values_that_sanitise_to_the_same_name_get_distinct_names()
    {
        using var generated = Generated.Compile("enums.yaml", "Tests.Enums");
        var status = generated.Type("ListCallsStatus");

        var members = status.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == status)
            .ToDictionary(f => f.Name, f => f.GetValue(null)!.ToString());
        Assert.Equal("in-progress", members["InProgress"]);
        Assert.Equal("in_progress", members["InProgress2"]);
        Assert.Equal("In Progress", members["InProgress3"]);
        Assert.Equal(string.Empty, members["Empty"]);
        Assert.Equal("123", members["_123"]);
        Assert.Equal("a/b", members["AB"]);
        Assert.Equal("class", members["Class"]);
    }

    [Fact]
    public void Integer_and_number_enums_hold_numbers()
    {
        using var generated = Generated.Compile("enums.yaml", "Tests.Enums");

        Assert.Equal(typeof(long), generated.Type("ListCallsPriority").GetProperty("Value")!.PropertyType);
        Assert.Equal(-1L, (long)generated.Static("ListCallsPriority", "Minus1").Value);
        Assert.Equal(3000000000L, (long)generated.Static("ListCallsPriority", "_3000000000").Value);
        Assert.Equal(typeof(double), generated.Type("ListCallsResponseRatio").GetProperty("Value")!.PropertyType);
        Assert.Equal(1.5, (double)generated.Static("ListCallsResponseRatio", "_1Point5").Value);
        Assert.Equal(typeof(int), generated.Type("ListCallsResponseLevel").GetProperty("Value")!.PropertyType);
        generated.AssertRoundTrip("ListCallsResponse", """{"ratio":0.5,"level":20}""");
    }

    [Fact]
    public void A_value_the_spec_does_not_list_is_kept_and_written_back()
    {
        using var generated = Generated.Compile("enums.yaml", "Tests.Enums");

        dynamic response = generated.Parse("ListCallsResponse", """{"ratio":7.25,"level":99}""");

        Assert.False((bool)response.Level.IsKnown);
        Assert.Equal(99, (int)response.Level.Value);
        Assert.Equal("""{"ratio":7.25,"level":99}""", generated.Serialize(response));
    }

    [Fact]
    public void Equal_wire_values_are_equal()
    {
        using var generated = Generated.Compile("enums.yaml", "Tests.Enums");
        var type = generated.Type("ListCallsStatus");

        var fromText = Activator.CreateInstance(type, "ringing");
        Assert.Equal(generated.Static("ListCallsStatus", "Ringing"), fromText);
        Assert.True((bool)((dynamic)fromText!).IsKnown);
    }

    [Fact]
    public void A_oneOf_of_titled_consts_is_an_enum_named_by_the_titles()
    {
        using var generated = Generated.Compile("const-enums.yaml", "Tests.ConstEnums");

        Assert.Equal(typeof(int), generated.Type("ChannelType").GetProperty("Value")!.PropertyType);
        Assert.Equal(0, (int)generated.Static("ChannelType", "GuildText").Value);
        Assert.Equal(1, (int)generated.Static("ChannelType", "Dm").Value);
        Assert.Equal("desc", (string)generated.Static("SortOrder", "Desc").Value);
        generated.AssertRoundTrip("Channel", """{"type":2,"parent_type":null}""");
    }

    [Fact]
    public void A_const_enum_documents_each_value_with_its_description()
    {
        var result = GeneratorHarness.Run(ConstructSpecs.Load("const-enums.yaml"));

        Assert.Empty(result.CompileProblems);
        Assert.Contains("/// <summary><c>0</c>: A text channel within a server</summary>", result.Sources["Tests.ConstEnums.ChannelType.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task A_const_enum_goes_in_a_query_as_its_bare_value()
    {
        using var generated = Generated.Compile("const-enums.yaml", "Tests.ConstEnums");
        await using var server = new LoopbackHttpServer(ScriptedResponse.Json(200, "[]"));
        using var http = new System.Net.Http.HttpClient();

        await generated.Client("ConstEnumsClient", server, http).ListChannelsAsync(generated.Static("SortOrder", "Asc"), generated.Static("ChannelType", "GuildVoice"));

        Assert.Equal("/channels?sort_order=asc&type=2", server.SingleRequest().Target);
    }
}
