package vn.nhiemvu.task.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.shared.Refused;
import vn.nhiemvu.task.CalendarService;

/**
 * "n ngày làm việc kể từ ngày …": the due date of a term counted in working days, for the task form (htmx)
 * and the API.
 */
@Controller
@Tag(name = "Lịch làm việc", description = "Tính thời hạn theo ngày làm việc")
class WorkingDaysController {

    /** The answer of the API. */
    record WorkingDaysDue(LocalDate from, int workingDays, LocalDate due) {
    }

    private final CalendarService calendar;

    WorkingDaysController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/calendar/working-days")
    @ResponseBody
    WorkingDaysDue due(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam int days) {
        return new WorkingDaysDue(from, days, calendar.workingDaysFrom(from, days));
    }

    /** Fills the form's date (and its wording when still empty), or says what is wrong, without leaving the form. */
    @GetMapping("/tasks/working-days")
    String dueInForm(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate workingFrom,
            @RequestParam(required = false) Integer workingDays, @RequestParam(required = false) String deadlineText,
            Model model) {
        try {
            model.addAttribute("due", calendar.workingDaysFrom(workingFrom, workingDays));
            model.addAttribute("from", workingFrom);
            model.addAttribute("days", workingDays);
            model.addAttribute("fillText", deadlineText == null || deadlineText.isBlank());
        } catch (Refused refused) {
            model.addAttribute("refused", refused);
        }
        return "task/working-days";
    }
}
