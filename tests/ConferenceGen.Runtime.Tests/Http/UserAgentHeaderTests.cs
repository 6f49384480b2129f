using System.Reflection;
using ConferenceGen.Runtime.Http;

namespace ConferenceGen.Runtime.Tests.Http;

/// <summary>The User-Agent a client sends by default, and which values can be sent at all.</summary>
public sealed class UserAgentHeaderTests
{
    [Fact]
    public void The_default_names_ConferenceGen_and_the_runtime_version_without_the_commit()
    {
        var informational = typeof(ApiClientOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        Assert.Equal("ConferenceGen/" + informational.Split('+')[0], ApiClientOptions.DefaultUserAgent);
        Assert.Matches(@"^ConferenceGen/\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", ApiClientOptions.DefaultUserAgent);
    }

    [Theory]
    [InlineData("MyApp/2.1 (+https://example.com/bot) ConferenceGen/1.2.3", true)]
    [InlineData("MyApp/2.1\r\nX-Injected: yes", false)]
    [InlineData("MyApp/2.1\tbeta", false)]
    [InlineData("Café/1.0", false)]
    public void Only_printable_ascii_can_be_sent(string value, bool canBeSent)
    {
        Assert.Equal(canBeSent, UserAgentHeader.CanBeSent(value));
    }
}
