using JasperFx.Events.Projections;
using Marten;

namespace SibReview.Agreement;

public static class AgreementRegistration
{
    public static void AddAgreement(this StoreOptions opts)
    {
        opts.Projections.Add(new RawLabelProjection(), ProjectionLifecycle.Inline);
        opts.Schema.For<RawLabel>().DocumentAlias("raw_label").Index(x => x.StudyId);
        opts.Schema.For<LabelSet>().DocumentAlias("label_set").Index(x => x.StudyId);
    }
}
