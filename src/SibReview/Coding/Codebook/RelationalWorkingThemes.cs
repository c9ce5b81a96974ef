namespace SibReview.Coding.Codebook;

/// <summary>
/// The eight themes of the SIB study (STUDY.md, step 3): the codebook every new study starts from, as its version 1. The
/// definitions open with the study's own wording; notes, keywords and examples were written for coders of UK SIB documents
/// (reviews, evaluations, commentaries, INDIGO's descriptions). The example quotes are illustrative sentences of the kind
/// to code, not quotations from a case's documents. Colours follow the palette by number.
/// </summary>
public static class RelationalWorkingThemes
{
    public static readonly IReadOnlyList<Theme> All =
    [
        new(1, "Vision and values first",
            "Describes outcomes in terms of vision and values first, backed by quantitative metrics later: the partners say what " +
            "they want to achieve for people, and why, before (and as the basis of) the outcome metrics and payment triggers.",
            "Passages that frame the purpose or success of the service through a vision, mission or values, or what matters to " +
            "the people served, including where metrics are presented as evidence for that vision. Code the statement of the " +
            "vision, not every later mention of the metric.",
            "A bare list of outcome metrics, targets or payment triggers with no vision or values stated. Generic mission " +
            "statements of an organisation unrelated to this SIB's service. Values about how partners work together (themes 2 and 5).",
            ["We started from what a good life looks like for the young people, and only then agreed how to measure progress towards it.",
             "The outcome payments were designed to reflect the partnership's shared values of stability and independence."],
            Keywords: ["vision", "values", "shared vision", "mission", "ethos", "values-led", "values-based", "what matters",
                "vision NEAR/10 outcome*", "values NEAR/10 metric*", "aspiration*"]),
        new(2, "Close partnership",
            "Works in close partnership, understanding each organisation's drivers for change and solving problems jointly: " +
            "commissioners, investors, providers and intermediaries know what each partner needs from the SIB and work through " +
            "problems together rather than through the contract alone.",
            "Joint working between partners: regular joint meetings or boards used to solve delivery problems; partners " +
            "explaining or accommodating each other's motivations (budget pressures, social mission, returns); trust and open " +
            "relationships between commissioner, investor and provider.",
            "A list of parties or contract roles alone. Referral arrangements with other services where no joint problem solving " +
            "is described. Shared responsibility for outcomes and risk (theme 5). Involving service users (theme 3).",
            ["The commissioner, investor and provider met monthly and worked through the referral problems together.",
             "Understanding the council's budget pressures helped the investor agree a change to the payment schedule."],
            Keywords: ["partnership*", "close partnership", "\"working together\"", "collaborat*", "joint working",
                "joint* NEAR/5 problem*", "driver* NEAR/3 change", "trust", "relationship*", "partnership board"]),
        new(3, "Co-creation and co-production",
            "Asks end users for input at design (co-creation) and during delivery (co-production): people who use the service, " +
            "or who have lived experience of the issue, shape how the service is designed and how it runs.",
            "Service users, participants, families or people with lived experience helping to design the intervention, its " +
            "outcomes or materials, or taking part in delivering, reviewing or steering it (peer mentors, user panels, feedback " +
            "that changed the service).",
            "Satisfaction surveys or consultation with no described effect on design or delivery. Partnership between " +
            "organisations (theme 2). Changes in users' own capabilities (theme 4).",
            ["Young people with experience of care helped write the referral criteria and sat on the interview panel for key workers.",
             "Participants' feedback at the quarterly user forum led the provider to change its outreach hours."],
            Keywords: ["co-produc*", "co-design*", "co-creat*", "\"lived experience\"", "service user* NEAR/5 design*",
                "user involvement", "user voice", "user-led", "peer mentor*", "participant* NEAR/5 feedback", "experts by experience"]),
        new(4, "People's capabilities",
            "Describes the work in terms of people's capabilities (\"we did this and it changed that\"): reports link what the " +
            "service did to changes in what people can do and be (skills, confidence, independence, relationships), not only to " +
            "counts of outputs.",
            "Passages that connect an activity to a change in a person's capabilities or circumstances: strengths-based or " +
            "asset-based language, stories of change, \"as a result, participants were able to...\".",
            "Output counts (sessions delivered, referrals made) with no described change in people. Outcome metrics alone " +
            "(\"entered employment\") unless linked to what the service did and how it changed someone's abilities.",
            ["Because her key worker helped her open a bank account, she could manage her tenancy on her own for the first time.",
             "The mentoring gave the young people the confidence to apply for college courses."],
            Keywords: ["capabilit*", "strengths-based", "asset-based", "empower*", "confidence", "resilien*", "self-efficacy",
                "independen*", "life skills", "\"as a result\"", "changed NEAR/5 lives"]),
        new(5, "Shared responsibilities",
            "Stresses that partners share responsibilities across all the impact actors: responsibility for achieving the " +
            "outcomes, and for the risks, is presented as held jointly by commissioners, investors, providers, intermediaries and " +
            "others rather than transferred to one party.",
            "Shared or joint responsibility, accountability, ownership or risk for the outcomes; governance in which all the " +
            "impact actors take decisions; statements that success depends on every partner.",
            "The contractual transfer of financial risk to investors alone, unless presented as shared. Day-to-day joint problem " +
            "solving without the language of shared responsibility (theme 2).",
            ["All partners on the board were accountable for the outcomes, not just the provider.",
             "Risk was shared: the investor carried the financial risk, the council committed referrals, the provider committed staff."],
            Keywords: ["\"shared responsibilit*\"", "\"joint responsibilit*\"", "shared risk*", "risk-sharing", "risk* NEAR/3 shar*",
                "accountab*", "joint ownership", "collective responsibility", "governance", "impact actor*"]),
        new(6, "Impact skills mapped early",
            "Maps \"impact\" skills and gaps in service delivery across all partners early on: before or at launch, the partners " +
            "assess what skills and capacity each organisation has for delivering and measuring impact (data, performance " +
            "management, specialist delivery), where the gaps are, and how to fill them.",
            "An early skills audit, capacity assessment, gap analysis or readiness review across partners; training or " +
            "recruitment planned in response; building data and performance-management capacity at the start.",
            "Later, reactive fixes to capacity problems (theme 8 when the model is adapted). Participants' skills (theme 4). A " +
            "needs assessment of the population served (theme 7).",
            ["During mobilisation the intermediary mapped each provider's data capability and funded a performance analyst where it was missing.",
             "A skills gap analysis across the partners showed that none had run an outcomes-based contract before."],
            Keywords: ["skills gap*", "skill* NEAR/5 gap*", "skills audit", "gap analysis", "capacity building",
                "capacity NEAR/5 partner*", "mobilisation", "readiness", "performance management", "data capabilit*", "training needs"]),
        new(7, "Needs, theory of change, plan",
            "Has a clear needs assessment, theory of change and intervention plan to deliver innovation: the SIB rests on an " +
            "explicit analysis of the population's needs, a theory of how the intervention leads to the outcomes, and a plan for " +
            "delivering something new.",
            "The needs assessment or evidence of need; the theory of change or logic model; the intervention model and delivery " +
            "plan; what is innovative about it.",
            "The outcome metrics or payment schedule alone. Evaluation findings on whether the theory held, unless they describe " +
            "the theory itself. Mapping the partners' skills (theme 6).",
            ["A needs analysis of 400 families on the edge of care informed the choice of intervention.",
             "The theory of change set out how stable housing would lead to fewer emergency hospital admissions."],
            Keywords: ["needs assessment", "needs analysis", "need* NEAR/3 assess*", "theory of change", "logic model",
                "intervention model", "delivery plan", "evidence-based", "evidence base", "innovat*", "business case", "feasibility"]),
        new(8, "Annual re-calibration",
            "Adapts (re-calibrates) the service model at least annually: the partners review performance and evidence at least " +
            "once a year and change the service model, targets, referral routes or payment mechanism in response.",
            "Planned periodic reviews that led to changes; re-calibration or renegotiation of the model; contract variations; " +
            "changes to eligibility, pricing or delivery made in the light of learning.",
            "One-off changes forced at launch (mobilisation delays) or at closure, unless part of a review cycle. Reviews that " +
            "changed nothing. Early skills mapping (theme 6).",
            ["At the annual review the partners lowered the age threshold and added a second referral route.",
             "The payment schedule was recalibrated after the first year's data showed the baseline was too high."],
            Keywords: ["recalibrat*", "re-calibrat*", "annual review", "review* NEAR/5 annual*", "contract variation*",
                "renegotiat*", "model NEAR/5 adapt*", "model NEAR/5 chang*", "lessons learn*", "continuous improvement", "redesign*"]),
    ];
}
