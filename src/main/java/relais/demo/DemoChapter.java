package relais.demo;

/** A module's part of the demo, told after the base records exist. */
public interface DemoChapter {

    void tell(DemoStory story);
}
