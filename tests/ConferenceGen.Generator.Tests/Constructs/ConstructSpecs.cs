using System;
using System.IO;
using ConferenceGen.Generator.Tests.Infrastructure;

namespace ConferenceGen.Generator.Tests.Constructs;

/// <summary>The small hand-written specs under Constructs/specs, one per OpenAPI construct.</summary>
internal static class ConstructSpecs
{
    public static readonly string[] Files =
    [
        "references.yaml", "pointers.yaml", "anchors.yaml", "shapes.yaml", "composition.yaml", "discriminators.yaml", "nullability.yaml", "openapi31.yaml", "enums.yaml", "const-enums.yaml",
        "formats.yaml", "parameters.yaml", "querypaths.yaml", "bodies.yaml", "responses.yaml", "servers.yaml", "naming.yaml", "swagger2.json", "paging.yaml",
        "form-encodings.yaml", "media-types.yaml", "redirects.yaml", "body-overloads.yaml", "webhooks.yaml", "unions.yaml", "oauth2.yaml", "single-values.yaml",
    ];

    public static SpecFile Load(string file) =>
        new("/project/specs/" + file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Constructs", "specs", file)));
}
