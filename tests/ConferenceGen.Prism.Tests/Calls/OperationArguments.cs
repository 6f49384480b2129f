using System.Linq;
using System.Reflection;
using ConferenceGen.Generator.Model;
using ConferenceGen.Generator.Naming;
using ConferenceGen.Prism.Tests.Synthesis;

namespace ConferenceGen.Prism.Tests.Calls;

/// <summary>
/// The arguments of one call of a generated method: every parameter and the body the spec requires, and with
/// <see cref="Fill.Everything"/> the optional ones too, each valid for its schema. The rest keep their C# defaults
/// (unset, so not sent), as do the client's own parameters (content type, body format, cancellation).
/// </summary>
internal static class OperationArguments
{
    public static object?[] For(ArgumentSynthesizer synthesizer, OperationModel model, SpecOperation spec, MethodInfo method, Fill fill)
    {
        return method.GetParameters().Select(parameter =>
        {
            var name = parameter.Name!;
            if (model.Parameters.FirstOrDefault(p => p.Name == name) is { } declared)
            {
                return declared.Required || fill == Fill.Everything
                    ? Named(declared.WireName, () => synthesizer.For(parameter.ParameterType, spec.ParameterSchema(declared)))
                    : Default(parameter);
            }

            if (model.Body is { } body && body.Name == name)
            {
                return body.Required || fill == Fill.Everything
                    ? Named("the body", () => synthesizer.For(parameter.ParameterType, spec.BodySchema(body)))
                    : Default(parameter);
            }

            return parameter.HasDefaultValue
                ? Default(parameter)
                : throw new SynthesisException($"the parameter {name} is neither in the spec nor optional");
        }).ToArray();
    }

    // Reflection passes null for a value-type parameter as its default.
    private static object? Default(ParameterInfo parameter) => parameter.HasDefaultValue ? parameter.DefaultValue : null;

    private static object? Named(string what, System.Func<object?> make)
    {
        try
        {
            return make();
        }
        catch (SynthesisException e)
        {
            throw new SynthesisException($"{what}: {e.Message}");
        }
    }
}
