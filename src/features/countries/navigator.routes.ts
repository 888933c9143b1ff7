import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from "fastify";
import { pageContext } from "../../web/context.ts";
import { parseForm, type FieldErrors, type FormValues } from "../../web/forms.ts";
import { sendPage } from "../../web/render.ts";
import { navigatorCalendar } from "./navigator.ics.ts";
import { navigatorPdf } from "./navigator.pdf.ts";
import { AnswersSchema, STEPS, STEP_FIELDS, answersQuery, parseDateParts, stepOf, toNavigatorAnswers, type Answers, type Step } from "./navigator.schema.ts";
import { navigatorService } from "./navigator.service.ts";
import { renderNavigatorResult, renderNavigatorStart, renderNavigatorStep } from "./navigator.views.tsx";

function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

/** The answers that can be read, and the first problem with the others (by field). */
function readAnswers(query: unknown): { answers: Answers; errors: FieldErrors; values: FormValues } {
  const form = parseForm(AnswersSchema, query);
  if (form.ok) return { answers: form.data, errors: {}, values: form.values };
  // Keep what is valid: parse again without the fields in error.
  const clean: FormValues = { ...form.values };
  for (const field of Object.keys(form.errors)) delete clean[field];
  const again = AnswersSchema.safeParse(clean);
  return { answers: again.success ? again.data : AnswersSchema.parse({}), errors: form.errors, values: form.values };
}

/**
 * "What help can I get": one question a page, each skippable, answers only in the address (GET forms),
 * then an answer page with its PDF and calendar file. Nothing is stored; the logs see paths only;
 * no page is cached or sent as a Referer.
 */
export const navigatorRoutes: FastifyPluginAsync = async (app) => {
  const { db, clock } = app.services;
  const navigator = navigatorService(db, clock);

  app.addHook("onSend", async (request, reply, payload) => {
    reply.header("Cache-Control", "no-store");
    reply.header("Referrer-Policy", "no-referrer");
    // The start page may be found by search engines; the questions and answers may not.
    if (request.url !== `/${request.locale}/help-navigator`) reply.header("X-Robots-Tag", "noindex");
    return payload;
  });

  const path = (request: FastifyRequest, page: string, qs: URLSearchParams) =>
    `/${request.locale}/help-navigator${page ? `/${page}` : ""}${qs.size ? `?${qs}` : ""}`;

  function showStep(request: FastifyRequest, reply: FastifyReply, step: Step, answers: Answers, values: FormValues, errors?: FieldErrors) {
    const index = STEPS.indexOf(step);
    const carry = [...answersQuery(answers, STEP_FIELDS[step])];
    const backHref = index === 0 ? path(request, "", new URLSearchParams()) : path(request, STEPS[index - 1]!, answersQuery(answers));
    return sendPage(reply, renderNavigatorStep(pageContext(request, reply), { step, carry, values, errors, backHref }), errors ? 400 : 200);
  }

  /** The step's own answers as the form shows them (the date as day, month and year). */
  function stepValues(step: Step, answers: Answers): FormValues {
    if (step === "when") {
      const [year, month, day] = answers.date?.split("-") ?? [];
      return { day: day?.replace(/^0/, ""), month: month?.replace(/^0/, ""), year };
    }
    const values: FormValues = {};
    for (const f of STEP_FIELDS[step]) {
      const v = answers[f as keyof Answers];
      values[f] = Array.isArray(v) ? v : v === undefined ? undefined : String(v);
    }
    return values;
  }

  app.get("/help-navigator", async (request, reply) => sendPage(reply, renderNavigatorStart(pageContext(request, reply))));

  app.get<{ Params: { step: string } }>("/help-navigator/:step", async (request, reply) => {
    const step = request.params.step;
    if (step === "result") return showResult(request, reply);
    if (!isStep(step)) return reply.callNotFound();
    const query = request.query as Record<string, unknown>;
    const { answers, errors, values } = readAnswers(query);
    const next = STEPS[STEPS.indexOf(step) + 1] ?? "result";

    if (query.answered !== "1") return showStep(request, reply, step, answers, stepValues(step, answers));
    if (query.skip === "1") return reply.redirect(path(request, next, answersQuery(answers, STEP_FIELDS[step])), 303);

    if (step === "when") {
      const parts = { day: values.day as string | undefined, month: values.month as string | undefined, year: values.year as string | undefined };
      const date = parseDateParts(parts, clock().toISOString().slice(0, 10));
      if (!date.ok) return showStep(request, reply, step, answers, parts, { date: date.error });
      return reply.redirect(path(request, next, answersQuery({ ...answers, date: date.date })), 303);
    }
    const own = Object.fromEntries(Object.entries(errors).filter(([field]) => STEP_FIELDS[step].includes(field)));
    if (Object.keys(own).length) return showStep(request, reply, step, answers, { ...stepValues(step, answers), ...pick(values, STEP_FIELDS[step]) }, own);
    return reply.redirect(path(request, next, answersQuery(answers)), 303);
  });

  /** An answer that cannot be read sends the reader back to its question, with the error shown. */
  async function resultOrStep(request: FastifyRequest, reply: FastifyReply) {
    const { answers, errors, values } = readAnswers(request.query);
    const first = Object.keys(errors)[0];
    if (first) {
      const step = stepOf(first);
      showStep(request, reply, step, answers, pick(values, STEP_FIELDS[step]), { [first]: errors[first]! });
      return null;
    }
    return { answers, result: await navigator.result(toNavigatorAnswers(answers), request.locale) };
  }

  async function showResult(request: FastifyRequest, reply: FastifyReply) {
    const found = await resultOrStep(request, reply);
    if (!found) return reply;
    const query = answersQuery(found.answers);
    return sendPage(
      reply,
      renderNavigatorResult(pageContext(request, reply), {
        result: found.result,
        query: query.toString(),
        changeHref: (step) => path(request, step, query),
      }),
    );
  }

  app.get("/help-navigator/result.pdf", async (request, reply) => {
    const found = await resultOrStep(request, reply);
    if (!found) return reply;
    const pdf = await navigatorPdf(pageContext(request, reply), found.result);
    return reply.type("application/pdf").header("Content-Disposition", 'attachment; filename="help-navigator.pdf"').send(pdf);
  });

  app.get("/help-navigator/deadlines.ics", async (request, reply) => {
    const found = await resultOrStep(request, reply);
    if (!found) return reply;
    const ics = navigatorCalendar(pageContext(request, reply), found.result);
    return reply.type("text/calendar; charset=utf-8").header("Content-Disposition", 'attachment; filename="deadlines.ics"').send(ics);
  });
};

function pick(values: FormValues, fields: readonly string[]): FormValues {
  return Object.fromEntries(fields.map((f) => [f, values[f]]));
}
