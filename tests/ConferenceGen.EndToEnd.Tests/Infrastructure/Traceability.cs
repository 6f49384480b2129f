using System;
using System.Linq;
using System.Reflection;

namespace ConferenceGen.EndToEnd.Tests.Infrastructure;

/// <summary>Checks that a field a vendor documents exists on a generated model with a fitting C# type.</summary>
internal static class Traceability
{
    /// <summary>The property exists, and its type (nullability aside) is <paramref name="expected"/>.</summary>
    public static PropertyInfo Property(Type model, string propertyName, Type expected)
    {
        var property = model.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance);
        Assert.True(property is not null, $"{model.Name} has no property {propertyName}.");
        var actual = Nullable.GetUnderlyingType(property!.PropertyType) ?? property.PropertyType;
        Assert.True(expected.IsAssignableFrom(actual), $"{model.Name}.{propertyName} is {actual}, expected {expected}.");
        return property;
    }

    /// <summary>The enum lists exactly these wire values (as static members).</summary>
    public static void EnumValues(Type enumType, params string[] wireValues)
    {
        var listed = enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == enumType)
            .Select(f => f.GetValue(null)!.ToString())
            .OrderBy(v => v, StringComparer.Ordinal);
        Assert.Equal(wireValues.OrderBy(v => v, StringComparer.Ordinal), listed);
    }

    public static bool IsMap(Type type) =>
        type.GetInterfaces().Append(type).Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(System.Collections.Generic.IDictionary<,>));
}
