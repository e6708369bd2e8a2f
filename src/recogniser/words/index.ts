/**
 * Every language file, English first (a word two languages give different kinds keeps
 * English's). To add a language: a file beside this one (see README.md), listed here, with its
 * test file.
 */
import type { Words } from './types';
import en from './en';
import de from './de';
import fr from './fr';
import es from './es';
import pt from './pt';
import it from './it';
import nl from './nl';
import pl from './pl';
import ru from './ru';
import uk from './uk';
import tr from './tr';
import ja from './ja';
import zh from './zh';
import ko from './ko';

export const LANGUAGES: readonly Words[] = [en, de, fr, es, pt, it, nl, pl, ru, uk, tr, ja, zh, ko];
