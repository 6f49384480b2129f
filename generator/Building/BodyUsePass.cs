using System;
using System.Collections.Generic;
using ConferenceGen.Generator.Model;

namespace ConferenceGen.Generator.Building;

/// <summary>
/// How each model is sent, found from the finished operations: a model that some operation sends as a form or
/// multipart body needs a writer for it. A pass of its own, so that no builder changes a model another one made.
/// </summary>
internal static class BodyUsePass
{
    public static Dictionary<string, BodyUses> Find(IEnumerable<OperationModel> operations)
    {
        var uses = new Dictionary<string, BodyUses>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            if (operation.Body is not { Type: { Kind: TypeKind.Object, Name: { } name } } body)
            {
                continue;
            }

            foreach (var encoding in body.Encodings)
            {
                var use = encoding.Kind switch
                {
                    BodyKind.Form => BodyUses.Form,
                    BodyKind.Multipart => BodyUses.Multipart,
                    _ => BodyUses.None,
                };
                uses[name] = (uses.TryGetValue(name, out var known) ? known : BodyUses.None) | use;
            }
        }

        return uses;
    }
}
