using System.Collections.Generic;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>An object model while the spec is read; whether it is sent as a form is only known after the operations.</summary>
internal sealed class ObjectBuilder
{
    public ObjectBuilder(string name, string summary)
    {
        Name = name;
        Summary = summary;
    }

    public string Name { get; }

    public string Summary { get; }

    public List<PropertyDraft> Properties { get; } = new();

    public bool IsFormBody { get; set; }

    public bool IsMultipartBody { get; set; }

    /// <summary>The property that keeps JSON properties the schema does not declare, when it gives them a schema.</summary>
    public (string Name, TypeUsage Map)? AdditionalProperties { get; set; }
}

internal sealed record PropertyDraft(string Name, string WireName, TypeUsage Type, bool Required, IOpenApiSchema Schema);
