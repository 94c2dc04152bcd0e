"use client";
// The Add members dialog's search as a hook: the query typed, and the server's answer for it
// (debounced; an answer to an older query is dropped when a newer one has been asked).
import { useEffect, useRef, useState } from "react";
import type { TeamCandidate } from "@/db/queries/teams";
import { searchTeamCandidatesAction } from "@/lib/actions/teams/server-actions";

const DEBOUNCE_MS = 250;

interface Answer {
  q: string;
  candidates: TeamCandidate[];
  more: boolean;
  error: string | null;
}

export interface CandidateSearch {
  query: string;
  setQuery: (query: string) => void;
  /** The latest answer (possibly to an earlier query while `loading`). */
  candidates: TeamCandidate[];
  more: boolean;
  error: string | null;
  loading: boolean;
}

export function useCandidateSearch(slug: string, teamId: string): CandidateSearch {
  const [query, setQuery] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const latest = useRef(0);
  const q = query.trim();

  useEffect(() => {
    const ticket = ++latest.current;
    const ask = async () => {
      let next: Answer;
      try {
        const result = await searchTeamCandidatesAction(slug, { teamId, q });
        next = result.ok
          ? { q, candidates: result.data.candidates, more: result.data.more, error: null }
          : { q, candidates: [], more: false, error: result.fieldErrors?.q?.[0] ?? result.error };
      } catch {
        next = { q, candidates: [], more: false, error: "The search failed. Check your connection and try again." };
      }
      if (ticket === latest.current) setAnswer(next);
    };
    // The first search (everyone, by name) goes at once; typing waits for a pause.
    const timer = setTimeout(() => void ask(), ticket === 1 ? 0 : DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, slug, teamId]);

  return {
    query,
    setQuery,
    candidates: answer?.candidates ?? [],
    more: answer?.more ?? false,
    error: answer?.error ?? null,
    loading: answer?.q !== q,
  };
}
