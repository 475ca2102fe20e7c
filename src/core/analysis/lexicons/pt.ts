// Portuguese: general promotional and giving language, accents folded ("promoção" -> "promocao").
import type { Lexicon } from './lexicon.ts';

const OWN = 'curso*|aula*|oficina|workshop|loja|negocio|empresa|marca|produto*|app|aplicativo|livro|ebook|newsletter|' +
  'blog|canal|podcast|episodio|video|pagina|perfil|site|comunidade|servico*|agencia|colecao|catalogo|mentoria*|consultoria|planilha*|programa';

export const pt: Lexicon = {
  language: 'pt',
  stopwords: ['os', 'de', 'que', 'em', 'um', 'uma', 'nao', 'para', 'com', 'mais', 'do', 'da', 'dos', 'das', 'na',
    'meu', 'minha', 'voce', 'pra', 'ja', 'muito', 'isso', 'tem', 'sao', 'ao', 'quem', 'ate', 'obrigada', 'obrigado', 'cidade',
    'voces', 'tambem', 'entao', 'hoje', 'ninguem', 'alguem', 'algum', 'alguma', 'ele', 'ela', 'tudo', 'tenho', 'estou', 'vou'],
  self: ['eu', 'meu', 'minha', 'meus', 'minhas', 'nosso', 'nossa', 'nossos', 'nossas', 'me'],
  others: ['dele', 'dela', 'deles', 'delas', 'seu', 'sua', 'ele', 'ela', 'eles', 'elas'],
  relations: ['amigo', 'amiga', 'amigos', 'amigas', 'irmao', 'irma', 'mae', 'pai', 'primo', 'prima', 'vizinho', 'vizinha', 'colega', 'filho', 'filha', 'tio', 'tia', 'avo', 'sobrinho', 'sobrinha', 'namorado', 'namorada'],
  imperatives: ['use', 'coloque', 'deixe', 'misture', 'adicione', 'corte', 'lave', 'seque', 'evite', 'tente', 'verifique', 'tome',
    'beba', 'faca', 'guarde', 'troque', 'procure', 'espere', 'comece', 'separe'],
  phrases: [
    // Asking to attend or vote for the author.
    { signal: 'cta', weight: 1.4, phrases: ['votem|vote|votar em mim|nos|nosso|nossa', 'venham nos|me ver'] },
    { signal: 'hiring', weight: 1.3, phrases: ['estamos contratando'] },
    { signal: 'cta', weight: 1.6, phrases: [
      'link na bio', 'link no perfil', 'compre|garanta|reserve|inscreva ja|hoje|agora|aqui', 'inscreva se', 'inscreva-se', 'se inscreva',
      'me chama|chame no? direct|dm|privado|inbox|whats*', 'me chama', 'chama no direct', 'manda|mande mensagem|dm|direct', 'me siga', 'siga nos|me',
      'sigam', 'garanta o seu|a sua|ja', 'visite minha|meu|nossa|nosso', 'confira', 'comente CAPS', 'compartilhe', 'clique no link',
    ] },
    { signal: 'cta', weight: 0.8, phrases: ['compre', 'comprar', 'encomend*', 'pedido*', 'baixe', 'quem tiver interesse', 'se tiver interesse', 'interessad*'] },
    { signal: 'offer', weight: 1.4, phrases: [
      '# % de? desconto', '# % off', 'desconto*', 'cupom', 'cupom CAPS', 'codigo CAPS', 'promocao*', 'promo', 'liquidacao', 'oferta*',
      'so hoje', 'ate meia noite', 'ate domingo|segunda|sexta|sabado', 'por tempo limitado', 'vagas limitadas', 'ultimas vagas|unidades',
      'frete gratis', 'sorteio', 'pre venda', 'black friday', 'vagas abertas', 'tenho vagas', '# vagas',
    ] },
    { signal: 'own', weight: 1.3, phrases: [
      `meu|minha|meus|minhas|nosso|nossa|nossos|nossas novo|nova|primeiro|primeira|proprio|propria? ${OWN}`, 'no meu canal|blog|site|perfil',
      'na minha loja', 'da loja', 'estou vendendo', 'vendo', 'vendemos', 'ofereco', 'oferecemos', 'tenho planilhas|vagas|consultoria', 'ajudo',
    ] },
    { signal: 'announce', weight: 1.3, phrases: [
      'ja saiu', 'ja esta disponivel', 'ja disponivel', 'lancamento', 'lancamos', 'nova colecao', 'novo video|episodio|curso',
      'inscricoes abertas', 'agenda aberta', 'chegou',
    ] },
    { signal: 'sponsored', weight: 1.8, phrases: ['link de afiliado', 'publi', 'publicidade', 'patrocinado', '#publi', '#ad', 'parceria paga'] },
    { signal: 'howto', weight: -1.0, phrases: ['como fazer', 'passo a passo', 'passo #', 'dica*', 'truque*', 'guia', 'o que funcionou', 'aprendi'] },
    { signal: 'explain', weight: -0.5, phrases: [
      'porque', 'por isso', 'em vez de', 'ao inves de', 'quase sempre', 'sempre', 'nunca', 'evite', 'tente', 'use', 'devem ser', 'deve ser',
      'se voce', 'pra quem', 'para quem', 'depois',
    ] },
    { signal: 'thanks', weight: -1.0, phrases: ['obrigad*', 'muito obrigad*', 'valeu', 'agradeco', 'grata', 'grato'] },
    { signal: 'congrats', weight: -1.2, phrases: ['parabens', 'merecid*', 'orgulho de voce'] },
    { signal: 'credit', weight: -1.2, phrases: ['nao e meu', 'nao e minha', 'feito por', 'criado por', 'via @', 'de @',
      // Someone close to the author owns it ("a loja da minha irma"): sharing it has no stake.
      'do|da meu|minha amigo|amiga|irmao|irma|primo|prima|vizinho|vizinha|colega|filho|filha|marido|esposa|namorado|namorada|cunhado|cunhada|tia|tio',
      'de um amigo', 'de uma amiga'] },
    { signal: 'unaffiliated', weight: -2.0, phrases: ['nao e publi', 'nao e publicidade', 'nao sou afiliad*', 'sem afiliacao', 'nao recebi nada'] },
    // Asking for help invites others to share what they know.
    { signal: 'question', weight: -0.6, phrases: [
      'alguem sabe|conhece|tem|recomenda|indica|ja', 'voces recomendam|indicam', 'alguma dica|indicacao|sugestao', 'e normal',
      'como faco para', 'o que voces recomendam',
    ] },
    { signal: 'freeHelp', weight: -1.3, phrases: ['de graca', 'gratuito', 'gratuita', 'sem custo', 'posso ajudar', 'ajudo de graca'] },
    { signal: 'community', weight: -1.2, phrases: ['voluntari*', 'doacao*', 'doar', 'banco de alimentos', 'abrigo', 'biblioteca'] },
    { signal: 'encourage', weight: -0.8, phrases: ['forca', 'voce consegue', 'nao esta sozinh*', 'um abraco'] },
    { signal: 'praise', weight: -0.4, phrases: ['que lindo', 'lindo trabalho', 'que trabalho', 'incrivel', 'maravilhos*', 'adorei'] },
  ],
};
