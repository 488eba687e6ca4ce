"""Build corpus 3: writes every CV into ../cvs and its label into ../cvs/labels."""

import cvs_docx3
import cvs_pdf3
import cvs_txt3
from common import CVS, write_label


def main():
    CVS.mkdir(parents=True, exist_ok=True)
    n = 0
    for module in (cvs_txt3, cvs_docx3, cvs_pdf3):
        for make in module.DOCS:
            write_label(make())
            n += 1
    print(f"built {n} CVs")


if __name__ == "__main__":
    main()
