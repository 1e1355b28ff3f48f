import { createRoot } from 'react-dom/client';
import { Workspace } from '@/components/workspace/Workspace';
import '@/components/theme.css';

createRoot(document.getElementById('root')!).render(<Workspace />);
