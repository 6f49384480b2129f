using System;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;
using ConferenceGen.Runtime.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace ConferenceGen.Runtime.DependencyInjection;

/// <summary>
/// What each generated <c>services.Add…Client(…)</c> does: options bound and validated at start-up, and a typed
/// client on <c>IHttpClientFactory</c>, returned as its <see cref="IHttpClientBuilder"/> so that handlers can be added.
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public static class ApiClientRegistration
{
    /// <summary>Registers a generated client, and its interface as the same client.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets credentials, server variables and the base address.</param>
    /// <param name="create">Creates the client from its HTTP client and options (generated).</param>
    /// <param name="addStandardResilience">
    /// Adds <see cref="ResilienceExtensions.AddConferenceGenResilience(IHttpClientBuilder, bool)"/>: retries of idempotent requests on
    /// 408/429/5xx honouring <c>Retry-After</c>, never of POST or PATCH.
    /// </param>
    // The trimming annotation exists on .NET 8 only; netstandard2.0 apps are not trimmed.
#if NET
    public static IHttpClientBuilder Add<TClient, TInterface, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
#else
    public static IHttpClientBuilder Add<TClient, TInterface, TOptions>(
#endif
        IServiceCollection services, Action<TOptions> configure, Func<HttpClient, TOptions, TClient> create, bool addStandardResilience)
        where TClient : class, TInterface
        where TInterface : class
        where TOptions : ApiClientOptions
    {
        Guard.NotNull(services);
        Guard.NotNull(configure);
        Guard.NotNull(create);
        services.AddOptions<TOptions>().Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, ApiClientOptionsValidator<TOptions>>();
        var builder = services.AddHttpClient(typeof(TClient).FullName!);
        builder.AddTypedClient<TClient>((http, provider) => create(http, provider.GetRequiredService<IOptions<TOptions>>().Value));
        // The interface resolves to the typed client: the same HTTP client, handlers and options (transient, like it).
        services.AddTransient<TInterface>(static provider => provider.GetRequiredService<TClient>());
        services.PostConfigure<HttpClientFactoryOptions>(builder.Name, FollowRedirectsSafely);
        return addStandardResilience ? builder.AddConferenceGenResilience() : builder;
    }

    // After every other setting (a post-configuration runs last), so that it sees the primary handler the
    // application chose and sits next to it, inside any handler added to the builder: where the primary handler
    // would follow redirects, SafeRedirectHandler follows them instead. A primary handler told not to follow
    // them, or of a type it does not know, is left alone. (The factory's default primary handler is a
    // SocketsHttpHandler on .NET 10, as the tests see, and an HttpClientHandler on .NET Framework.)
    private static void FollowRedirectsSafely(HttpClientFactoryOptions options) =>
        options.HttpMessageHandlerBuilderActions.Add(static handlers =>
        {
            if (PrimaryHandlerRedirects.TryTakeOver(handlers.PrimaryHandler))
            {
                handlers.AdditionalHandlers.Add(new SafeRedirectHandler());
            }
        });
}
