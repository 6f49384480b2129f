using System;
using System.Linq;
using System.Reflection;
using ConferenceGen.Generator.Tests.Infrastructure;

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
}
