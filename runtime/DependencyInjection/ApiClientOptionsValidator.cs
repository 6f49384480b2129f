using System;
using System.Linq;
using ConferenceGen.Runtime.Http;
using Microsoft.Extensions.Options;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>Fails start-up with every problem <see cref="ApiClientOptions.Validate"/> finds, each saying what to set.</summary>
/// <typeparam name="TOptions">The client's options.</typeparam>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public sealed class ApiClientOptionsValidator<TOptions> : IValidateOptions<TOptions>
    where TOptions : ApiClientOptions
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        Guard.NotNull(options);
        var problems = options.Validate().Select(problem => $"{typeof(TOptions).Name}: {problem}").ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
