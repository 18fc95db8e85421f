package relais.report.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import relais.demo.DemoChapter;
import relais.demo.DemoStory;
import relais.report.Channel;
import relais.report.ReportFiling;
import relais.report.ReportRequest;

/** The demo's open case: Marc suggested to Léa that they carry on without the platform. */
@Component
@Order(100)
class ReportDemoChapter implements DemoChapter {

    private final ReportFiling reports;

    ReportDemoChapter(ReportFiling reports) {
        this.reports = reports;
    }

    @Override
    public void tell(DemoStory story) {
        reports.file(story.leaLogin(), new ReportRequest(story.marc().toString(), null, story.today().minusDays(1),
                Channel.PHONE, "Marc m’a appelée : il aimerait continuer « en direct, ce sera plus simple pour tout le monde »."));
    }
}
