using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;

namespace ConferenceGen.EndToEnd.NetStandard.Tests;

/// <summary>The wire tests in this project mean something only if they ran on the netstandard2.0 build.</summary>
public sealed class RuntimeTargetTests
{
    [Fact]
    public void The_runtime_under_test_is_the_netstandard2_0_build()
    {
        var runtime = typeof(ConferenceGen.Runtime.ApiException).Assembly;
        Assert.Equal(".NETStandard,Version=v2.0", runtime.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName);
        // DateOnlyCodec exists only in the net8.0 build; the netstandard2.0 build has DateCodec instead.
        Assert.Null(runtime.GetType("ConferenceGen.Runtime.Codecs.DateOnlyCodec"));
        Assert.NotNull(runtime.GetType("ConferenceGen.Runtime.Codecs.DateCodec"));
        Assert.Contains(runtime.GetReferencedAssemblies(), a => a.Name == "Microsoft.Bcl.AsyncInterfaces");
    }
}
