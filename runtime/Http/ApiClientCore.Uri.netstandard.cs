using System;
using System.Reflection;

namespace ConferenceGen.Runtime.Http;

public sealed partial class ApiClientCore
{
    // On .NET 6+ (a host that runs this netstandard2.0 build), the same UriCreationOptions as the net8.0 build, found
    // by reflection: DangerousDisablePathAndQueryCanonicalization keeps %2E%2E as sent. Null on .NET Framework and Mono.
    private static readonly Func<string, Uri>? Uncanonicalized = UncanonicalizedFactory();

    // The path was escaped segment by segment already. Where System.Uri cannot be told to leave it alone (.NET
    // Framework, Mono), it unescapes a segment %2E or %2E%2E and removes it with the segment before: the request
    // would go to another path. That is refused rather than sent (docs/wire.md); every other path is sent as built.
    private static Uri ExactUri(string text)
    {
        if (Uncanonicalized is { } exact)
        {
            return exact(text);
        }

        var uri = new Uri(text);
        if (Slashes(PathOf(text)) != Slashes(uri.AbsolutePath))
        {
            throw new InvalidOperationException(
                "A path value of '.' or '..' (sent as %2E or %2E%2E) would be removed from the URL by this platform's System.Uri, so the request would go to another path; it is not sent. "
                + "On .NET Framework, genericUriParserOptions=\"DontUnescapePathDotsAndSlashes\" for http and https in the application's configuration keeps it.");
        }

        return uri;
    }

    private static string PathOf(string absolute)
    {
        var authority = absolute.IndexOf("://", StringComparison.Ordinal);
        var path = absolute.IndexOf('/', authority < 0 ? 0 : authority + 3);
        if (path < 0)
        {
            return "/";
        }

        var end = absolute.IndexOfAny(new[] { '?', '#' }, path);
        return end < 0 ? absolute.Substring(path) : absolute.Substring(path, end - path);
    }

    private static int Slashes(string path)
    {
        var count = 0;
        foreach (var c in path)
        {
            if (c == '/')
            {
                count++;
            }
        }

        return count;
    }

    private static Func<string, Uri>? UncanonicalizedFactory()
    {
        var optionsType = typeof(Uri).Assembly.GetType("System.UriCreationOptions", throwOnError: false);
        var flag = optionsType?.GetProperty("DangerousDisablePathAndQueryCanonicalization");
        var constructor = optionsType is null ? null : typeof(Uri).GetConstructor(new[] { typeof(string), optionsType.MakeByRefType() });
        if (optionsType is null || flag is null || constructor is null)
        {
            return null;
        }

        var options = Activator.CreateInstance(optionsType)!;
        flag.SetValue(options, true);
        return text =>
        {
            try
            {
                return (Uri)constructor.Invoke(new[] { text, options });
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        };
    }
}
