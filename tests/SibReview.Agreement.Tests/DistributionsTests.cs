using Shouldly;

namespace SibReview.Agreement.Tests;

public class DistributionsTests
{
    // t(0.975; df) as in standard t tables, re-derived to 9 decimals by numerical integration of the t density (Python).
    [Theory]
    [InlineData(1, 12.706204736)]
    [InlineData(2, 4.302652730)]
    [InlineData(11, 2.200985160)]
    [InlineData(29, 2.045229642)]
    [InlineData(99, 1.984216952)]
    [InlineData(1000, 1.962339081)]
    public void Student_t_quantiles(int df, double expected) =>
        Distributions.StudentTQuantile(0.975, df).ShouldBe(expected, 1e-8);
}
