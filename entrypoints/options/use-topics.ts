// The reader's own topics on the options page. They are settings, so they
// are read from storage and watched: a change made elsewhere (another
// options tab, the popup's switches) shows here too. Saving checks the topic
// first; a refused one keeps its problems beside it.

import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../components/problem-text.ts';
import { type CustomTopic, type TopicProblem, customTopicId, customTopicProblems } from '../../core/custom-topics.ts';
import { storageProblem } from '../../core/problem.ts';
import { customTopics, topicsOff } from '../../shared/settings.ts';
import type { Translate } from '../../shared/translate.ts';

export function useTopics(t: Translate, notice: (text: string) => void) {
  const [topics, setTopics] = useState<CustomTopic[]>([]);
  const [off, setOff] = useState<string[]>([]);
  const [problems, setProblems] = useState<Record<string, TopicProblem[]>>({});

  const reload = async () => {
    const [list, offList] = await Promise.all([customTopics.get(), topicsOff.get()]);
    setTopics(list);
    setOff(offList);
  };

  useEffect(() => {
    void reload();
    const unwatch = [customTopics.watch(() => void reload()), topicsOff.watch(() => void reload())];
    return () => {
      for (const stop of unwatch) stop();
    };
  }, []);

  const onSaveTopic = async (topic: CustomTopic) => {
    const found = customTopicProblems(
      topic,
      topics.filter((x) => x.id !== topic.id),
    );
    setProblems((all) => ({ ...all, [topic.id]: found }));
    if (!found.length) {
      const clean = { ...topic, label: topic.label.trim(), terms: topic.terms.filter((x) => x.text.trim()) };
      const list = topics.some((x) => x.id === topic.id) ? topics.map((x) => (x.id === topic.id ? clean : x)) : [...topics, clean];
      try {
        await customTopics.set(list);
        notice(t('topicSaved', [clean.label]));
      } catch (e) {
        notice(errorText(t, storageProblem(e, { action: 'saveSetting' })));
      }
    }
    await reload();
  };

  const onDeleteTopic = async (id: string) => {
    await customTopics.set(topics.filter((x) => x.id !== id));
    await topicsOff.set(off.filter((x) => x !== id));
    await reload();
  };

  const onToggleTopic = async (id: string, enabled: boolean) => {
    await topicsOff.set(enabled ? off.filter((x) => x !== id) : [...new Set([...off, id])]);
    await reload();
  };

  return {
    topics,
    topicsEnabled: Object.fromEntries(topics.map((x) => [x.id, !off.includes(x.id)])),
    topicProblems: problems,
    onSaveTopic,
    onDeleteTopic,
    onToggleTopic,
    onCreateTopic: (): CustomTopic => ({
      id: customTopicId(t('topicUntitled'), new Set(topics.map((x) => x.id))),
      label: '',
      terms: [{ text: '', lang: null }],
    }),
  };
}
