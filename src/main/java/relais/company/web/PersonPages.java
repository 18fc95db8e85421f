package relais.company.web;

import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import relais.company.CompanyId;
import relais.company.CompanyManagement;
import relais.company.Person;
import relais.company.PersonDetails;
import relais.company.PersonId;
import relais.company.PersonManagement;
import relais.shared.web.FormSubmission;
import relais.shared.web.FormValues;
import relais.shared.web.PageModels;
import relais.shared.web.TextLists;

/** Account managers list, search, create and view client people, and record their company moves. */
@Controller
@PreAuthorize("hasRole('ACCOUNT_MANAGER')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PersonPages {

    record PersonForm(String fullName, String emails, String companyId, String password) {

        static PersonForm of(Person person) {
            return new PersonForm(person.fullName(), TextLists.join(person.emails()), person.companyId().toString(), "");
        }

        PersonDetails details() {
            return new PersonDetails(fullName, TextLists.split(emails), companyId,
                    password == null || password.isEmpty() ? null : password);
        }
    }

    private final CompanyManagement companies;
    private final PersonManagement people;
    private final FormSubmission submission;

    @GetMapping("/people")
    String list(@RequestParam(defaultValue = "") String q, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var found = companies.searchPeople(q, null, 100);
        model.addAttribute("companyNames", companyNames(found));
        return PageModels.searchResults(model, "company/people", q, htmx, "people", found);
    }

    private Map<String, String> companyNames(java.util.List<Person> people) {
        var names = new java.util.HashMap<String, String>();
        companies.companies(people.stream().map(p -> p.companyId().value()).distinct().toList())
                .forEach(c -> names.put(c.id().toString(), c.name()));
        return names;
    }

    @GetMapping("/people/new")
    String createForm(@RequestParam(defaultValue = "") String companyId, Model model) {
        return form(model, new PersonForm("", "", companyId, ""), Map.of());
    }

    @PostMapping("/people/new")
    String create(@ModelAttribute PersonForm form, Model model, RedirectAttributes redirect) {
        return submission.save(() -> people.createPerson(form.details()).id(), "/people/", redirect,
                errors -> form(model, new PersonForm(form.fullName(), form.emails(), form.companyId(), ""), errors));
    }

    private String form(Model model, PersonForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("companies", companies.searchCompanies("", 500));
        return "company/person-form";
    }

    @GetMapping("/people/{id}")
    String view(@PathVariable PersonId id, Model model) {
        return view(companies.personOrThrow(id), model, Map.of(), "", "");
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable PersonId id, Model model) {
        var person = companies.personOrThrow(id);
        return editForm(person, PersonForm.of(person), Map.of(), model);
    }

    /** Only the name and the addresses: the company changes through dated moves. */
    @PostMapping("/people/{id}/edit")
    String edit(@PathVariable PersonId id, @ModelAttribute PersonForm form, Model model, RedirectAttributes redirect) {
        var person = companies.personOrThrow(id);
        return submission.save(() -> people.updatePerson(id, form.fullName(), TextLists.split(form.emails())).id(),
                "/people/", redirect, errors -> editForm(person, form, errors, model));
    }

    private String editForm(Person person, PersonForm form, Map<String, String> errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "company/person-edit";
    }

    @PostMapping("/people/{id}/moves")
    String move(@PathVariable PersonId id, @RequestParam(defaultValue = "") String companyId,
            @RequestParam(defaultValue = "") String on, Model model, RedirectAttributes redirect) {
        var person = companies.personOrThrow(id);
        return submission.save(() -> {
            var values = new FormValues();
            var date = values.date("on", on);
            values.throwIfInvalid();
            return people.move(id, companyId, date).id();
        }, "/people/", redirect, errors -> view(person, model, errors, companyId, on));
    }

    private String view(Person person, Model model, Map<String, String> errors, String moveCompany, String moveOn) {
        model.addAttribute("person", person);
        var ids = new java.util.ArrayList<java.util.UUID>();
        person.employments().forEach(e -> ids.add(e.companyId().value()));
        ids.add(person.companyId().value());
        var names = new java.util.HashMap<CompanyId, String>();
        companies.companies(ids).forEach(c -> names.put(c.id(), c.name()));
        model.addAttribute("companyNames", names);
        model.addAttribute("companies", companies.searchCompanies("", 500));
        model.addAttribute("errors", errors);
        model.addAttribute("moveCompany", moveCompany);
        model.addAttribute("moveOn", moveOn);
        return "company/person";
    }
}
