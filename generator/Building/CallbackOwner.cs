using System.Collections.Generic;
using ConferenceGen.Generator.Building.Operations;
using ConferenceGen.Generator.Reading;
using Microsoft.OpenApi;

namespace ConferenceGen.Generator.Building;

/// <summary>
/// A chosen operation as the owner of its <c>callbacks</c>: the name its callbacks' types and receivers start with,
/// and the pointer of its callbacks map (for locating their problems).
/// </summary>
internal sealed record CallbackOwner(string Name, string CallbacksPointer, OpenApiOperation Operation)
{
    /// <summary>The operations of <paramref name="document"/> the spec's filter chooses, in the spec's order.</summary>
    public static IEnumerable<CallbackOwner> Of(OpenApiDocument document, OperationSelector selector)
    {
        foreach (var path in document.Paths ?? new OpenApiPaths())
        {
            foreach (var operation in (path.Value as IOpenApiPathItem)?.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
            {
                if (operation.Value is null || !selector.Includes(path.Key, operation.Value))
                {
                    continue;
                }

                var name = OperationBuilder.BaseName(PathKey.Of(path.Key).Readable, operation.Key, operation.Value);
                var pointer = "#/paths/" + Pointer.Escape(path.Key) + "/" + operation.Key.Method.ToLowerInvariant() + "/callbacks/";
                yield return new CallbackOwner(name, pointer, operation.Value);
            }
        }
    }
}
