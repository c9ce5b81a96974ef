using System.Diagnostics;
using Shouldly;
using SibReview.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Cases.Indigo;

[CollectionDefinition(nameof(ReadingSpeedTests), DisableParallelization = true)]
public class ReadingSpeedCollection;

// Alone, so that other tests do not compete for the processor while it is timed.
[Collection(nameof(ReadingSpeedTests))]
public class ReadingSpeedTests
{
    [Fact]
    public void Reading_the_shipped_download_takes_well_under_a_second()
    {
        IndigoDownload.Read(ShippedIndigo.RawDirectory);
        var stopwatch = Stopwatch.StartNew();

        IndigoDownload.Read(ShippedIndigo.RawDirectory).Problem.ShouldBeNull();

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }
}
