import { render } from 'preact';
import { Options } from './options';
import { t, uiLanguage } from '../ui/i18n';
import '../ui/base.css';
import './options.css';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
